package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class SqliteBillServiceTest extends AbstractBillServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
