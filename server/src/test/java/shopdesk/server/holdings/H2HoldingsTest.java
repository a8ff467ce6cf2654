package shopdesk.server.holdings;

import shopdesk.dal.db.Dialect;

class H2HoldingsTest extends AbstractHoldingsTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
