package shopdesk.dal.db;

class PostgresDatabaseTest extends AbstractDatabaseTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
