package shopdesk.dal.settings;

import shopdesk.dal.db.Dialect;

class H2SettingsServiceTest extends AbstractSettingsServiceTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
