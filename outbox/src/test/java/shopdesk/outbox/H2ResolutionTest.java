package shopdesk.outbox;

import shopdesk.dal.db.Dialect;

class H2ResolutionTest extends AbstractResolutionTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
