package shopdesk.outbox;

import shopdesk.dal.db.Dialect;

class PostgresDeliveryOutcomeTest extends AbstractDeliveryOutcomeTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
