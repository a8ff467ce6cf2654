package shopdesk.server.auth;

import shopdesk.dal.db.Dialect;

class PostgresAuthTest extends AbstractAuthTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
