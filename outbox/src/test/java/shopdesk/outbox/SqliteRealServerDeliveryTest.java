package shopdesk.outbox;

import shopdesk.dal.db.Dialect;

class SqliteRealServerDeliveryTest extends AbstractRealServerDeliveryTest {
    @Override
    protected Dialect dialect() {
        return Dialect.SQLITE;
    }
}
