package shopdesk.dal.user;

import shopdesk.dal.db.Dialect;

class PostgresTillStaffTest extends AbstractTillStaffTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
