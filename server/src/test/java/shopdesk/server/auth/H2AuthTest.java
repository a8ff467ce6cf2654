package shopdesk.server.auth;

import shopdesk.dal.db.Dialect;

class H2AuthTest extends AbstractAuthTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
