package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class SqliteCustomerServiceTest extends AbstractCustomerServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
