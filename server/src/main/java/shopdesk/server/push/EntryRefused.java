package shopdesk.server.push;

import java.util.List;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.RejectCodes;

/**
 * Thrown inside an entry's transaction to roll it back and answer CONFLICT or REJECTED instead of APPLIED.
 * {@code afterRollback} (may be null) runs in its own transaction afterwards, e.g. to audit a refused override.
 */
public final class EntryRefused extends RuntimeException {
    private final Conflict conflict;
    private final String code;
    private final transient AfterRollback afterRollback;

    private EntryRefused(Conflict conflict, String code, String message, AfterRollback afterRollback) {
        super(message, null, false, false);
        this.conflict = conflict;
        this.code = code;
        this.afterRollback = afterRollback;
    }

    public static EntryRefused rejected(String code, String message) {
        return new EntryRefused(null, code, message, null);
    }

    public static EntryRefused invalid(String field, String problem) {
        return rejected(RejectCodes.INVALID_PAYLOAD, "Field '" + field + "' " + problem);
    }

    public static EntryRefused conflict(Conflict conflict) {
        return new EntryRefused(conflict, null, conflict.message(), null);
    }

    public static EntryRefused stockConflict(String message, List<Conflict.Shortfall> shortfalls, AfterRollback after) {
        return new EntryRefused(new Conflict(Conflict.Kind.STOCK, message, null, null, shortfalls), null, message, after);
    }

    public Conflict conflict() {
        return conflict;
    }

    public String code() {
        return code;
    }

    public AfterRollback afterRollback() {
        return afterRollback;
    }

    @FunctionalInterface
    public interface AfterRollback {
        void run(org.jooq.DSLContext tx);
    }
}
