package shopdesk.client.local;

import shopdesk.dal.db.Dialect;

class H2LocalTillTest extends AbstractLocalTillTest {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
