package shopdesk.server.feed;

import shopdesk.dal.db.Dialect;

class PostgresPullTest extends AbstractPullTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
