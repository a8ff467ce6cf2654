package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class H2CustomerServiceTest extends AbstractCustomerServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
