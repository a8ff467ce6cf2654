package shopdesk.client.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import shopdesk.client.catalog.FormErrors;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.dal.settings.SettingKey;
import shopdesk.dal.settings.SettingKeys;
import shopdesk.dal.settings.SettingProblem;
import shopdesk.dal.settings.TillSettings;

/**
 * The settings screen's logic: every field checked inline like the product form, only changed values saved, and
 * the saved settings handed to {@code onSaved} (which applies the look and money format at once).
 */
public final class SettingsPresenter {
    /** Saved at the till but read only when the till starts. */
    static final Set<String> AT_NEXT_START = Set.of(SettingKeys.LANGUAGE.name(), SettingKeys.PRINTER_KIND.name(),
            SettingKeys.PRINTER_ADDRESS.name(), SettingKeys.PRINTER_WIDTH.name(), SettingKeys.DRAWER_KICK.name(),
            SettingKeys.SYNC_INTERVAL_SECONDS.name(), SettingKeys.BACKUP_FOLDER.name(),
            SettingKeys.BACKUP_RETENTION_DAYS.name(), SettingKeys.TOUCH.name());
    private final SettingsPort port;
    private final SessionHolder sessions;
    private final Consumer<TillSettings> onSaved;
    private final FormErrors errors = new FormErrors();
    private TillSettings shown;
    private String status = "";

    public SettingsPresenter(SettingsPort port, SessionHolder sessions, Consumer<TillSettings> onSaved) {
        this.port = port;
        this.sessions = sessions;
        this.onSaved = onSaved;
    }

    /** The values to show, as text by setting name. */
    public Map<String, String> load() {
        shown = port.current();
        errors.clear();
        status = canEdit() ? "" : Messages.get("settings.readOnly");
        return shown.values();
    }

    /** Only a supervisor changes settings; a cashier sees them. */
    public boolean canEdit() {
        return sessions.current().map(s -> s.isSupervisor()).orElse(false);
    }

    public static List<SettingKey> keys() {
        return SettingKeys.ALL;
    }

    /** Saves what differs from what was shown; false with {@link #errors()} by setting name when a value is refused. */
    public boolean save(Map<String, String> texts) {
        errors.clear();
        if (shown == null) load();
        Map<String, String> all = new LinkedHashMap<>(shown.values());
        all.putAll(texts);
        for (SettingProblem p : SettingKeys.check(all)) errors.add(p.key(), Messages.get(p.messageKey(), p.args()));
        if (!errors.isEmpty()) {
            status = Messages.get("settings.fix");
            return false;
        }
        Map<String, String> changes = new LinkedHashMap<>();
        for (var e : texts.entrySet()) {
            String before = shown.values().get(e.getKey());
            String after = SettingKeys.byName(e.getKey()).orElseThrow().normalize(e.getValue());
            if (!after.equals(before)) changes.put(e.getKey(), after);
        }
        if (changes.isEmpty()) {
            status = Messages.get("settings.unchanged");
            return true;
        }
        try {
            shown = port.save(sessions.require().actor(), changes);
        } catch (ShopDeskException e) {
            errors.add(e.field() == null ? SettingKeys.SHOP_NAME.name() : e.field(), Messages.of(e));
            status = Messages.get("settings.fix");
            return false;
        } catch (RuntimeException e) {
            status = PlainMessages.forFailure(Messages.get("settings.notSaved"), e);
            return false;
        }
        boolean later = changes.keySet().stream().anyMatch(AT_NEXT_START::contains);
        status = Messages.get(later ? "settings.savedRestart" : "settings.saved");
        onSaved.accept(shown);
        return true;
    }

    public FormErrors errors() {
        return errors;
    }

    public String status() {
        return status;
    }

    public Optional<TillSettings> shown() {
        return Optional.ofNullable(shown);
    }
}
