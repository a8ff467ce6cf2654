package shopdesk.dal.audit;

import shopdesk.dal.db.Dialect;

class SqliteAuditCodesTest extends AbstractAuditCodesTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
