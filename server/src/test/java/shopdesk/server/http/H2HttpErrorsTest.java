package shopdesk.server.http;

import shopdesk.dal.db.Dialect;

class H2HttpErrorsTest extends AbstractHttpErrorsTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
