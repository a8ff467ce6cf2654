package shopdesk.dal.dayclose;

import shopdesk.dal.db.Dialect;

class H2DayCloseTest extends AbstractDayCloseTest {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
