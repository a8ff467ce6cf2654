package shopdesk.server.push;

import shopdesk.dal.db.Dialect;

class PostgresPushTest extends AbstractPushTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
