package shopdesk.outbox;

import shopdesk.dal.db.Dialect;

class SqliteResolutionTest extends AbstractResolutionTest {
    @Override
    protected Dialect dialect() {
        return Dialect.SQLITE;
    }
}
