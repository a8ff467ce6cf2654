package shopdesk.server.http;

import shopdesk.dal.db.Dialect;

class PostgresHttpErrorsTest extends AbstractHttpErrorsTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
