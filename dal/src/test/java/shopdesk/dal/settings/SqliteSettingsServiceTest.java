package shopdesk.dal.settings;

import shopdesk.dal.db.Dialect;

class SqliteSettingsServiceTest extends AbstractSettingsServiceTest {
    @Override
    protected Dialect dialect() {
        return Dialect.SQLITE;
    }
}
