package shopdesk.server.sequence;

import shopdesk.dal.db.Dialect;

class PostgresBillSeriesTest extends AbstractBillSeriesTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
