package shopdesk.server.audit;

import shopdesk.dal.db.Dialect;

class H2AuditRecordTest extends AbstractAuditRecordTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
