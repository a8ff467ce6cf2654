package shopdesk.server.authz;

import shopdesk.dal.db.Dialect;

class H2RoleMatrixTest extends AbstractRoleMatrixTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
