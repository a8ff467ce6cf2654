package shopdesk.dal.report;

import shopdesk.dal.db.Dialect;

class SqliteSalesReportsTest extends AbstractSalesReportsTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
