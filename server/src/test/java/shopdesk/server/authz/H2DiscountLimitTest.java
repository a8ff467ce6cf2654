package shopdesk.server.authz;

import shopdesk.dal.db.Dialect;

class H2DiscountLimitTest extends AbstractDiscountLimitTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
