package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class PostgresBillServiceTest extends AbstractBillServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
