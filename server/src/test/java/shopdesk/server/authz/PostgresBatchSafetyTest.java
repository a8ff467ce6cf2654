package shopdesk.server.authz;

import shopdesk.dal.db.Dialect;

class PostgresBatchSafetyTest extends AbstractBatchSafetyTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
