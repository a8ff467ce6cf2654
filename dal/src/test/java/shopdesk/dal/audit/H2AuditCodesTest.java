package shopdesk.dal.audit;

import shopdesk.dal.db.Dialect;

class H2AuditCodesTest extends AbstractAuditCodesTest {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
