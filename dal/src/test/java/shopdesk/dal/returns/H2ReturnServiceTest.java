package shopdesk.dal.returns;

import shopdesk.dal.db.Dialect;

class H2ReturnServiceTest extends AbstractReturnServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
