package shopdesk.server.push;

import shopdesk.dal.db.Dialect;

class H2PushTest extends AbstractPushTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
