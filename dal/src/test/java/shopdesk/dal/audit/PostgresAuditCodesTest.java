package shopdesk.dal.audit;

import shopdesk.dal.db.Dialect;

class PostgresAuditCodesTest extends AbstractAuditCodesTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
