package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class SqliteStockServiceTest extends AbstractStockServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
