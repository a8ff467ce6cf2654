package shopdesk.dal.change;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;
import org.jooq.impl.DefaultTransactionListener;

/**
 * Keeps the changes of committed transactions only, so tests can prove a rolled-back mutation recorded
 * nothing. Changes recorded inside a transaction are held until jOOQ reports its commit.
 */
public final class InMemoryChangeRecorder implements ChangeRecorder {
    private final List<Change> committed = new ArrayList<>();
    private final ThreadLocal<List<Change>> pending = ThreadLocal.withInitial(ArrayList::new);

    @Override
    public synchronized void record(DSLContext tx, Change change) {
        pending.get().add(change);
    }

    /** Installed on the Database's DSL configuration by tests: moves pending changes on commit, drops them on rollback. */
    public TransactionListener listener() {
        return new DefaultTransactionListener() {
            @Override
            public void commitEnd(TransactionContext ctx) {
                synchronized (InMemoryChangeRecorder.this) {
                    committed.addAll(pending.get());
                }
                pending.remove();
            }

            @Override
            public void rollbackEnd(TransactionContext ctx) {
                pending.remove();
            }
        };
    }

    public synchronized List<Change> changes() {
        return List.copyOf(committed);
    }

    public synchronized void clear() {
        committed.clear();
    }
}
