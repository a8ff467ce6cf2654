package shopdesk.client.local;

import shopdesk.dal.db.Dialect;

class PostgresLocalTillTest extends AbstractLocalTillTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
