package shopdesk.server.holdings;

import shopdesk.dal.db.Dialect;

class PostgresHoldingsTest extends AbstractHoldingsTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
