package shopdesk.outbox.queue;

import java.time.Clock;
import org.jooq.DSLContext;
import org.jooq.TransactionContext;
import org.jooq.impl.DefaultTransactionListener;
import shopdesk.dal.change.Change;
import shopdesk.dal.change.ChangeRecorder;

/**
 * The till's ChangeRecorder: appends a SyncQueue entry inside the caller's transaction, so the entry commits
 * or rolls back with the change. After the outermost transaction that recorded something commits, it calls
 * {@code afterCommit} (the worker wakes; no database work happens on the committing thread).
 */
public final class OutboxChangeRecorder implements ChangeRecorder {
    private final SyncQueueStore store;
    private final Clock clock;
    private final Runnable afterCommit;
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    private final ThreadLocal<boolean[]> recorded = ThreadLocal.withInitial(() -> new boolean[1]);

    public OutboxChangeRecorder(SyncQueueStore store, Clock clock, Runnable afterCommit) {
        this.store = store;
        this.clock = clock;
        this.afterCommit = afterCommit;
    }

    @Override
    public void record(DSLContext tx, Change change) {
        store.append(tx, change, clock.millis());
        recorded.get()[0] = true;
    }

    @Override
    public void beforeEdit(DSLContext tx, String entityType, String entityId) {
        BaseSnapshots.beforeEdit(tx, entityType, entityId, clock.millis());
    }

    /** Installed on the Database: tracks transaction nesting per thread to signal once, after the outer commit. */
    public org.jooq.TransactionListener transactionListener() {
        return new DefaultTransactionListener() {
            @Override
            public void beginStart(TransactionContext ctx) {
                depth.get()[0]++;
            }

            @Override
            public void commitEnd(TransactionContext ctx) {
                if (--depth.get()[0] > 0) return;
                depth.get()[0] = 0;
                if (recorded.get()[0]) {
                    recorded.get()[0] = false;
                    afterCommit.run();
                }
            }

            @Override
            public void rollbackEnd(TransactionContext ctx) {
                if (--depth.get()[0] > 0) return; // a savepoint rolled back; the outer transaction may still commit
                depth.get()[0] = 0;
                recorded.get()[0] = false;
            }
        };
    }
}
