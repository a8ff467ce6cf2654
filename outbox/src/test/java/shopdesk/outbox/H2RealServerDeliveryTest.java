package shopdesk.outbox;

import shopdesk.dal.db.Dialect;

class H2RealServerDeliveryTest extends AbstractRealServerDeliveryTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
