package shopdesk.dal.db;

import java.util.List;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;

/** Forwards jOOQ transaction events to the listeners registered on a Database. */
final class DelegatingTransactionListener implements TransactionListener {
    private final List<TransactionListener> listeners;

    DelegatingTransactionListener(List<TransactionListener> listeners) {
        this.listeners = listeners;
    }

    @Override public void beginStart(TransactionContext ctx) { listeners.forEach(l -> l.beginStart(ctx)); }
    @Override public void beginEnd(TransactionContext ctx) { listeners.forEach(l -> l.beginEnd(ctx)); }
    @Override public void commitStart(TransactionContext ctx) { listeners.forEach(l -> l.commitStart(ctx)); }
    @Override public void commitEnd(TransactionContext ctx) { listeners.forEach(l -> l.commitEnd(ctx)); }
    @Override public void rollbackStart(TransactionContext ctx) { listeners.forEach(l -> l.rollbackStart(ctx)); }
    @Override public void rollbackEnd(TransactionContext ctx) { listeners.forEach(l -> l.rollbackEnd(ctx)); }
}
