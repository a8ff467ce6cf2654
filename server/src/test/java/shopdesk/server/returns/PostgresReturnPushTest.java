package shopdesk.server.returns;

import shopdesk.dal.db.Dialect;

class PostgresReturnPushTest extends AbstractReturnPushTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
