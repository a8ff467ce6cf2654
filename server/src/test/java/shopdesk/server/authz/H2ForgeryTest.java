package shopdesk.server.authz;

import shopdesk.dal.db.Dialect;

class H2ForgeryTest extends AbstractForgeryTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
