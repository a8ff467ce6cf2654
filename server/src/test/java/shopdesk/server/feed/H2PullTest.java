package shopdesk.server.feed;

import shopdesk.dal.db.Dialect;

class H2PullTest extends AbstractPullTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
