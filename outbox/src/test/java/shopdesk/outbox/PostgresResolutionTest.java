package shopdesk.outbox;

import shopdesk.dal.db.Dialect;

class PostgresResolutionTest extends AbstractResolutionTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
