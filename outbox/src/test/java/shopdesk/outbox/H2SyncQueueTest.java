package shopdesk.outbox;

import shopdesk.dal.db.Dialect;

class H2SyncQueueTest extends AbstractSyncQueueTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
