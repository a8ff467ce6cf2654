package shopdesk.client.settings;

import java.util.Map;
import shopdesk.dal.common.Actor;
import shopdesk.dal.settings.TillSettings;

/** The till's settings as the settings screen sees them: effective values, and saving a supervisor's changes. */
public interface SettingsPort {

    TillSettings current();

    /** @throws shopdesk.dal.error.ShopDeskException naming the refused setting */
    TillSettings save(Actor actor, Map<String, String> changes);
}
