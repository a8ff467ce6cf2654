package shopdesk.server.values;

import shopdesk.dal.db.Dialect;

class H2LoginAndErrorsTest extends AbstractLoginAndErrorsTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
