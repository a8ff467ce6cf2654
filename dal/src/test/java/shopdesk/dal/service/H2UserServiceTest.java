package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class H2UserServiceTest extends AbstractUserServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
