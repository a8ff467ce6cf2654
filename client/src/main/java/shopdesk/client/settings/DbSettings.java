package shopdesk.client.settings;

import java.util.Map;
import shopdesk.dal.common.Actor;
import shopdesk.dal.config.Config;
import shopdesk.dal.settings.SettingsService;
import shopdesk.dal.settings.TillSettings;

/** Settings kept in the till's database, ranked against the till's config (see docs/CONFIG.md, "Till settings"). */
public final class DbSettings implements SettingsPort {
    private final SettingsService service;
    private final Config config;

    public DbSettings(SettingsService service, Config config) {
        this.service = service;
        this.config = config;
    }

    @Override
    public TillSettings current() {
        return service.effective(config);
    }

    @Override
    public TillSettings save(Actor actor, Map<String, String> changes) {
        service.save(actor, changes);
        return current();
    }
}
