package shopdesk.outbox;

import shopdesk.dal.db.Dialect;

class SqlitePullTest extends AbstractPullTest {
    @Override
    protected Dialect dialect() {
        return Dialect.SQLITE;
    }
}
