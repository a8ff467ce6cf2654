package shopdesk.outbox;

import shopdesk.dal.db.Dialect;

class SqliteDeliveryOutcomeTest extends AbstractDeliveryOutcomeTest {
    @Override
    protected Dialect dialect() {
        return Dialect.SQLITE;
    }
}
