package shopdesk.outbox;

import shopdesk.dal.db.Dialect;

class PostgresRealServerDeliveryTest extends AbstractRealServerDeliveryTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
