package shopdesk.server.values;

import shopdesk.dal.db.Dialect;

class PostgresCheckedValuesTest extends AbstractCheckedValuesTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
