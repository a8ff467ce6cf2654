package shopdesk.outbox.convergence;

import shopdesk.dal.db.Dialect;

class PostgresParkedProductTest extends AbstractParkedProductTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
