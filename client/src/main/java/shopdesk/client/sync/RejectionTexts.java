package shopdesk.client.sync;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import shopdesk.client.i18n.Messages;
import shopdesk.protocol.RejectCodes;

/**
 * A server's refusal of a sync entry in the till's language. The outbox records a rejection as
 * {@code "CODE: the server's English detail"} (sync_delivery.last_error); the code is stable (protocol
 * {@link RejectCodes}), so a Hindi till shows its own sentence for the code while the server's detail stays in the
 * record, the log and {@link #detail(String)}. An English till keeps showing the server's own, more specific words.
 * The sync centre asks {@link NoteErrorWords} first: it names the store credit note in both languages.
 */
public final class RejectionTexts {
    private static final Pattern SECONDS = Pattern.compile("(\\d+) seconds");
    private static final Pattern RECORDED = Pattern.compile("^([A-Z][A-Z_]+): (.*)$", Pattern.DOTALL);
    /** The codes with a sentence of their own (errors.reject.CODE); any other code gets errors.reject.other. */
    static final Set<String> EXPLAINED = Set.of(RejectCodes.DISCOUNT_NOT_APPROVED, RejectCodes.STORE_CREDIT_EXCEEDED,
            RejectCodes.UNKNOWN_STORE_CREDIT, RejectCodes.STORE_CREDIT_NOT_YET_KNOWN, RejectCodes.CREDIT_EXCEEDS_RETURN, RejectCodes.UNKNOWN_RETURN,
            RejectCodes.NOT_RETURNABLE, RejectCodes.REFUND_MISMATCH, RejectCodes.FORBIDDEN_ROLE, RejectCodes.FORBIDDEN_ACTOR,
            RejectCodes.VARIANCE_NEEDS_APPROVAL, RejectCodes.DAY_ALREADY_CLOSED, RejectCodes.BUSINESS_DATE_AHEAD,
            RejectCodes.UNKNOWN_PRODUCT, RejectCodes.UNKNOWN_CUSTOMER, RejectCodes.UNKNOWN_BILL, RejectCodes.DUPLICATE,
            RejectCodes.NOT_FOUND, RejectCodes.INVALID_STATE, RejectCodes.LOCAL_NUMBER_TAKEN, RejectCodes.TOTAL_MISMATCH,
            RejectCodes.PAYMENT_MISMATCH);
    /** Every code the server may send (the technical ones are shown as "refused (CODE), see the log"). */
    static final Set<String> KNOWN = Set.of(RejectCodes.INVALID_PAYLOAD, RejectCodes.UNSUPPORTED_PAYLOAD_VERSION,
            RejectCodes.UNKNOWN_ACTION, RejectCodes.UNKNOWN_DEVICE, RejectCodes.UNKNOWN_USER, RejectCodes.CONSTRAINT_VIOLATION,
            RejectCodes.REQUEST_ID_TAKEN, RejectCodes.REQUEST_ID_REUSED, RejectCodes.INTERNAL);

    private RejectionTexts() {
    }

    /**
     * The rejection in the till's language when the till is not English and the recorded error starts with a known
     * reject code; empty otherwise (the caller shows the recorded text as before).
     */
    public static Optional<String> localized(String recorded) {
        if (english()) return Optional.empty();
        return code(recorded).map(RejectionTexts::text);
    }

    /**
     * What the server said of a conflict: on a Hindi till the till's own sentence for its kind (the server's English
     * detail is in the entry's record and the log), on an English till the server's words.
     */
    public static String conflict(ConflictInfo c) {
        if (c == null) return "";
        if (english() || c.kind() == null) return c.message() == null ? "" : c.message();
        return Messages.get("errors.conflict." + c.kind().name());
    }

    /**
     * A parked conflict in the queue table, where only the recorded message is at hand: the server's words on an
     * English till; on another, the till's sentence for the kind the entity's conflicts are (a bill's is stock, a
     * return's is the returned quantity, anything else's a version).
     */
    public static String conflictInQueue(String entityType, String recorded) {
        if (english()) return recorded == null ? "" : recorded;
        ConflictInfo.Kind kind = "bill".equals(entityType) ? ConflictInfo.Kind.STOCK
                : "return".equals(entityType) ? ConflictInfo.Kind.RETURN : ConflictInfo.Kind.VERSION;
        return Messages.get("errors.conflict." + kind.name());
    }

    /** The server's LOGIN_THROTTLED answer ("... try again in 42 seconds") in the till's language. */
    public static String loginThrottled(String serverMessage) {
        if (english() && serverMessage != null) {
            return serverMessage;
        }
        Matcher m = SECONDS.matcher(serverMessage == null ? "" : serverMessage);
        return m.find() ? Messages.get("errors.loginThrottled", m.group(1)) : Messages.get("errors.loginThrottled.later");
    }

    /** The rejection's sentence for a code, in the till's language. */
    public static String text(String code) {
        return EXPLAINED.contains(code) ? Messages.get("errors.reject." + code) : Messages.get("errors.reject.other", code);
    }

    /** The stable reject code at the start of a recorded error ("STORE_CREDIT_EXCEEDED: ..."), if it is one. */
    public static Optional<String> code(String recorded) {
        if (recorded == null) return Optional.empty();
        Matcher m = RECORDED.matcher(recorded.strip());
        if (!m.matches()) return Optional.empty();
        String code = m.group(1);
        return EXPLAINED.contains(code) || KNOWN.contains(code) ? Optional.of(code) : Optional.empty();
    }

    /** The server's own detail after the code (English, for a tooltip or the log); the whole text when it has no code. */
    public static String detail(String recorded) {
        if (recorded == null) return "";
        Matcher m = RECORDED.matcher(recorded.strip());
        return m.matches() && code(recorded).isPresent() ? m.group(2) : recorded.strip();
    }

    /** An English till shows the server's own, more specific words. */
    private static boolean english() {
        return Messages.language().getLanguage().equals(Messages.ENGLISH.getLanguage());
    }
}
