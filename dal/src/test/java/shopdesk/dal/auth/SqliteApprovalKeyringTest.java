package shopdesk.dal.auth;

import shopdesk.dal.db.Dialect;

class SqliteApprovalKeyringTest extends AbstractApprovalKeyringTest {
    @Override
    protected Dialect dialect() {
        return Dialect.SQLITE;
    }
}
