package shopdesk.dal.user;

import shopdesk.dal.db.Dialect;

class H2TillStaffTest extends AbstractTillStaffTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
