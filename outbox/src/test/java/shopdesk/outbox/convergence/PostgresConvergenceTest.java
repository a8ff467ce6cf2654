package shopdesk.outbox.convergence;

import shopdesk.dal.db.Dialect;

class PostgresConvergenceTest extends AbstractConvergenceTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
