package shopdesk.server.returns;

import shopdesk.dal.db.Dialect;

class H2ReturnPushTest extends AbstractReturnPushTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
