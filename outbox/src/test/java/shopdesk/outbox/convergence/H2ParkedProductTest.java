package shopdesk.outbox.convergence;

import shopdesk.dal.db.Dialect;

class H2ParkedProductTest extends AbstractParkedProductTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
