package shopdesk.dal.report;

import shopdesk.dal.db.Dialect;

class PostgresSalesReportsTest extends AbstractSalesReportsTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
