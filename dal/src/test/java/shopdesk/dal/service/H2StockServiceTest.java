package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class H2StockServiceTest extends AbstractStockServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
