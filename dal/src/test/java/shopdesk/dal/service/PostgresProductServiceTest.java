package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class PostgresProductServiceTest extends AbstractProductServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
