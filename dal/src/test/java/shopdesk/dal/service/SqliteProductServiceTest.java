package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class SqliteProductServiceTest extends AbstractProductServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
