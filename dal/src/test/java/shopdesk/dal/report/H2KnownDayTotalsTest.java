package shopdesk.dal.report;

import shopdesk.dal.db.Dialect;

class H2KnownDayTotalsTest extends AbstractKnownDayTotalsTest {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
