package shopdesk.dal.returns;

import shopdesk.dal.db.Dialect;

class SqliteNoteRedemptionTest extends AbstractNoteRedemptionTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
