package shopdesk.dal.dayclose;

import shopdesk.dal.db.Dialect;

class PostgresDayCloseTest extends AbstractDayCloseTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
