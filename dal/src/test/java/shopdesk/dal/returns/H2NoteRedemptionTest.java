package shopdesk.dal.returns;

import shopdesk.dal.db.Dialect;

class H2NoteRedemptionTest extends AbstractNoteRedemptionTest {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
