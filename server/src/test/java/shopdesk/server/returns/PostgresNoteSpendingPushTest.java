package shopdesk.server.returns;

import shopdesk.dal.db.Dialect;

class PostgresNoteSpendingPushTest extends AbstractNoteSpendingPushTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
