package shopdesk.server.values;

import shopdesk.dal.db.Dialect;

class H2CheckedValuesTest extends AbstractCheckedValuesTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
