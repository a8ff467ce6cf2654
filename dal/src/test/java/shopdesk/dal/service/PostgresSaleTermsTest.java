package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class PostgresSaleTermsTest extends AbstractSaleTermsTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
