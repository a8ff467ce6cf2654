package shopdesk.outbox;

import shopdesk.dal.db.Dialect;

class SqliteSyncQueueTest extends AbstractSyncQueueTest {
    @Override
    protected Dialect dialect() {
        return Dialect.SQLITE;
    }
}
