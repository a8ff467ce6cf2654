package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class PostgresUserServiceTest extends AbstractUserServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
