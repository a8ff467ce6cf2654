package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class PostgresStockServiceTest extends AbstractStockServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
