package shopdesk.server.sequence;

import shopdesk.dal.db.Dialect;

class H2BillSeriesTest extends AbstractBillSeriesTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
