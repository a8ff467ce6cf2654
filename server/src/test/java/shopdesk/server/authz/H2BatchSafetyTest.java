package shopdesk.server.authz;

import shopdesk.dal.db.Dialect;

class H2BatchSafetyTest extends AbstractBatchSafetyTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
