package shopdesk.dal.returns;

import shopdesk.dal.db.Dialect;

class SqliteReturnServiceTest extends AbstractReturnServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
