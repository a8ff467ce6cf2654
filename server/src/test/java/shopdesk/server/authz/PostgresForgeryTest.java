package shopdesk.server.authz;

import shopdesk.dal.db.Dialect;

class PostgresForgeryTest extends AbstractForgeryTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
