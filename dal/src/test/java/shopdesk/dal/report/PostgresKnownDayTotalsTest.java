package shopdesk.dal.report;

import shopdesk.dal.db.Dialect;

class PostgresKnownDayTotalsTest extends AbstractKnownDayTotalsTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
