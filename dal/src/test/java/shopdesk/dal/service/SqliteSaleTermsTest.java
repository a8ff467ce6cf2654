package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class SqliteSaleTermsTest extends AbstractSaleTermsTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
