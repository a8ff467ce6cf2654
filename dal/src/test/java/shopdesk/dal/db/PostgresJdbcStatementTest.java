package shopdesk.dal.db;

class PostgresJdbcStatementTest extends AbstractJdbcStatementTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
