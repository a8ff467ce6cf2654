package shopdesk.dal.dayclose;

import shopdesk.dal.db.Dialect;

class SqliteDayCloseTest extends AbstractDayCloseTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
