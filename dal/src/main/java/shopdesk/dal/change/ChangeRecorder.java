package shopdesk.dal.change;

import org.jooq.DSLContext;

/**
 * Called by every mutating service inside its transaction, before commit, with the transaction's own
 * DSLContext: whatever the recorder writes commits or rolls back with the change itself. The till's
 * outbox appends a SyncQueue entry; the server writes its change feed.
 */
@FunctionalInterface
public interface ChangeRecorder {
    void record(DSLContext tx, Change change);

    /**
     * Called inside an edit's transaction before the row of {@code entityType}/{@code entityId} changes, so the
     * till can keep the record as it was before its first unsent edit (the conflict dialog's base column).
     */
    default void beforeEdit(DSLContext tx, String entityType, String entityId) {
    }

    ChangeRecorder NONE = (tx, change) -> { };
}
