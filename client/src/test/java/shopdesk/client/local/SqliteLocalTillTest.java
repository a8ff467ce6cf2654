package shopdesk.client.local;

import shopdesk.dal.db.Dialect;

class SqliteLocalTillTest extends AbstractLocalTillTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
