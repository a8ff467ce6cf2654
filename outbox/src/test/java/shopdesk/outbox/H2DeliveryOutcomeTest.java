package shopdesk.outbox;

import shopdesk.dal.db.Dialect;

class H2DeliveryOutcomeTest extends AbstractDeliveryOutcomeTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
