package shopdesk.dal.report;

import shopdesk.dal.db.Dialect;

class SqliteKnownDayTotalsTest extends AbstractKnownDayTotalsTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
