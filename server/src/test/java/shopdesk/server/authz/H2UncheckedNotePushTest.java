package shopdesk.server.authz;

import shopdesk.dal.db.Dialect;

class H2UncheckedNotePushTest extends AbstractUncheckedNotePushTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
