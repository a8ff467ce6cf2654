package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class H2SaleTermsTest extends AbstractSaleTermsTest {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
