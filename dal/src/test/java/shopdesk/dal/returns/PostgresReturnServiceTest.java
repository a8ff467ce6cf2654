package shopdesk.dal.returns;

import shopdesk.dal.db.Dialect;

class PostgresReturnServiceTest extends AbstractReturnServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
