package shopdesk.server.authz;

import shopdesk.dal.db.Dialect;

class PostgresRoleMatrixTest extends AbstractRoleMatrixTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
