package shopdesk.outbox.convergence;

import shopdesk.dal.db.Dialect;

class PostgresReturnConvergenceTest extends AbstractReturnConvergenceTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
