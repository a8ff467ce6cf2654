package shopdesk.outbox.convergence;

import shopdesk.dal.db.Dialect;

class H2ReturnConvergenceTest extends AbstractReturnConvergenceTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
