package shopdesk.server.drawer;

import shopdesk.dal.db.Dialect;

class PostgresDayCloseServerTest extends AbstractDayCloseServerTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
