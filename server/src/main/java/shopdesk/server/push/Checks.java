package shopdesk.server.push;

import shopdesk.dal.common.Text;
import shopdesk.dal.money.Limits;

/**
 * Payload field checks that reject the entry (INVALID_PAYLOAD) naming the field. Text is trimmed and refused
 * when it holds a control character or nothing visible; a number is held to its documented {@link Limits}.
 */
public final class Checks {
    private Checks() {
    }

    /** The trimmed text; refused when missing, invisible, too long or holding a control character. */
    public static String text(String value, String field, int maxLength) {
        if (Text.isVisiblyEmpty(value)) throw EntryRefused.invalid(field, "is missing");
        return checked(value, field, maxLength);
    }

    /** The trimmed text, or null when missing or invisible. */
    public static String optionalText(String value, String field, int maxLength) {
        if (Text.isVisiblyEmpty(value)) return null;
        return checked(value, field, maxLength);
    }

    /**
     * At least {@code min}, and within the documented range of the field's kind when it has one (a field named
     * quantity, unitPrice, amount, taxRateBp, delta, ...: see {@link Limits#forField}).
     */
    public static long atLeast(long value, long min, String field) {
        if (value < min) throw EntryRefused.invalid(field, "must be at least " + min + " (was " + value + ")");
        Limits.Range range = Limits.forField(field);
        if (range != null) within(value, range, field);
        return value;
    }

    public static long within(long value, Limits.Range range, String field) {
        String problem = range.problem(value);
        if (problem != null) throw EntryRefused.invalid(field, problem);
        return value;
    }

    private static String checked(String value, String field, int maxLength) {
        if (Text.hasControlCharacter(value)) throw EntryRefused.invalid(field, "contains a control character");
        String v = value.strip();
        if (v.length() > maxLength) throw EntryRefused.invalid(field, "is longer than " + maxLength + " characters");
        return v;
    }
}
