package shopdesk.server.values;

import shopdesk.dal.db.Dialect;

class PostgresLoginAndErrorsTest extends AbstractLoginAndErrorsTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
