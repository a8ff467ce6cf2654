package shopdesk.dal.user;

import shopdesk.dal.db.Dialect;

class SqliteTillStaffTest extends AbstractTillStaffTest {
    @Override
    protected Dialect dialect() {
        return Dialect.SQLITE;
    }
}
