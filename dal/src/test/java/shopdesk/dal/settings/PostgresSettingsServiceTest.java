package shopdesk.dal.settings;

import shopdesk.dal.db.Dialect;

class PostgresSettingsServiceTest extends AbstractSettingsServiceTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
