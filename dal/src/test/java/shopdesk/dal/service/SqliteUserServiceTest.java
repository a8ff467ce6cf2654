package shopdesk.dal.service;

import shopdesk.dal.db.Dialect;

class SqliteUserServiceTest extends AbstractUserServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
