package shopdesk.dal.auth;

import shopdesk.dal.db.Dialect;

class PostgresApprovalKeyringTest extends AbstractApprovalKeyringTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
