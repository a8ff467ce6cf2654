package shopdesk.server.drawer;

import shopdesk.dal.db.Dialect;

class H2DayCloseServerTest extends AbstractDayCloseServerTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
