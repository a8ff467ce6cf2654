package shopdesk.dal.db;

class H2JdbcStatementTest extends AbstractJdbcStatementTest {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
