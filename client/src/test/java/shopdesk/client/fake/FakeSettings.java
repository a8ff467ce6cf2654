package shopdesk.client.fake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import shopdesk.client.settings.SettingsPort;
import shopdesk.dal.common.Actor;
import shopdesk.dal.settings.TillSettings;
import shopdesk.dal.user.Role;

/** Settings in memory; a save needs a supervisor like the real one. */
public final class FakeSettings implements SettingsPort {
    public final Map<String, String> saved = new HashMap<>();
    public final List<Map<String, String>> saves = new ArrayList<>();

    @Override
    public TillSettings current() {
        return new TillSettings(saved);
    }

    @Override
    public TillSettings save(Actor actor, Map<String, String> changes) {
        actor.requireRole(Role.SUPERVISOR, shopdesk.dal.error.ErrorText.ACTION_CHANGE_SETTINGS);
        saves.add(Map.copyOf(changes));
        saved.putAll(changes);
        return current();
    }
}
