package shopdesk.outbox.convergence;

import shopdesk.dal.db.Dialect;

class H2ConvergenceTest extends AbstractConvergenceTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
