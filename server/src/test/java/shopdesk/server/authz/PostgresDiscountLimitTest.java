package shopdesk.server.authz;

import shopdesk.dal.db.Dialect;

class PostgresDiscountLimitTest extends AbstractDiscountLimitTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
