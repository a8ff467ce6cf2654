package shopdesk.dal.db;

class H2DatabaseTest extends AbstractDatabaseTest {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
