package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class H2ProductServiceTest extends AbstractProductServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
