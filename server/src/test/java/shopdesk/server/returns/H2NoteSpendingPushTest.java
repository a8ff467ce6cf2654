package shopdesk.server.returns;

import shopdesk.dal.db.Dialect;

class H2NoteSpendingPushTest extends AbstractNoteSpendingPushTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
