package shopdesk.dal.auth;

import shopdesk.dal.db.Dialect;

class H2ApprovalKeyringTest extends AbstractApprovalKeyringTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
