package shopdesk.dal.returns;

import shopdesk.dal.db.Dialect;

class PostgresNoteRedemptionTest extends AbstractNoteRedemptionTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
