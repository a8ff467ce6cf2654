package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class PostgresCustomerServiceTest extends AbstractCustomerServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
