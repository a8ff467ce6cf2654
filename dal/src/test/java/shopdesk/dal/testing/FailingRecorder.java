package shopdesk.dal.testing;

import org.jooq.DSLContext;
import shopdesk.dal.change.Change;
import shopdesk.dal.change.ChangeRecorder;

/** Records the change, then fails the transaction just before commit: the rollback test's tool. */
public final class FailingRecorder implements ChangeRecorder {
    private final ChangeRecorder inner;

    public FailingRecorder(ChangeRecorder inner) {
        this.inner = inner;
    }

    @Override
    public void record(DSLContext tx, Change change) {
        inner.record(tx, change);
        throw new IllegalStateException("injected failure before commit");
    }
}
