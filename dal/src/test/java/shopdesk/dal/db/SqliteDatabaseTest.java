package shopdesk.dal.db;

class SqliteDatabaseTest extends AbstractDatabaseTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
