package shopdesk.server.audit;

import shopdesk.dal.db.Dialect;

class PostgresAuditRecordTest extends AbstractAuditRecordTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
