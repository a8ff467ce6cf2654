package shopdesk.outbox;

import shopdesk.dal.db.Dialect;

class PostgresSyncQueueTest extends AbstractSyncQueueTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
