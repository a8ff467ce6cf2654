package shopdesk.server.authz;

import shopdesk.dal.db.Dialect;

class PostgresUncheckedNotePushTest extends AbstractUncheckedNotePushTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
