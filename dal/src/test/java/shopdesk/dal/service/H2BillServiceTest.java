package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class H2BillServiceTest extends AbstractBillServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
