package shopdesk.dal.report;

import shopdesk.dal.db.Dialect;

class H2SalesReportsTest extends AbstractSalesReportsTest {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
