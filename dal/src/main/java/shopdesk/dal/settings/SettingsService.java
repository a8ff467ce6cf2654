package shopdesk.dal.settings;

import static shopdesk.db.Tables.TILL_SETTING;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.audit.AuditAction;
import shopdesk.dal.audit.AuditLog;
import shopdesk.dal.common.Actor;
import shopdesk.dal.config.Config;
import shopdesk.dal.db.Database;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.user.Role;

/**
 * The till's settings in its own database (so a backup keeps them). Precedence of a value: a run-only override
 * (system property, environment, {@code --key=value}), then the value saved at the till, then the config file,
 * then the built-in default. Saving needs a supervisor and writes an audit record per changed key.
 */
public final class SettingsService {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsService.class);
    private final Database db;
    private final Clock clock;
    private final AuditLog audit;

    public SettingsService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.audit = new AuditLog(db, clock);
    }

    /** Only the values saved at this till. */
    public Map<String, String> saved() {
        Map<String, String> out = new LinkedHashMap<>();
        db.dsl().selectFrom(TILL_SETTING).orderBy(TILL_SETTING.SETTING_KEY)
                .forEach(r -> out.put(r.getSettingKey(), r.getSettingValue()));
        return out;
    }

    /** Saved values over the defaults, ignoring any config (tests and tools). */
    public TillSettings current() {
        return effective(Config.of(Map.of()));
    }

    /** Every setting's value by the precedence above; a stored value that no longer passes its check is ignored. */
    public TillSettings effective(Config config) {
        Map<String, String> saved = saved();
        Map<String, String> out = new LinkedHashMap<>();
        for (SettingKey k : SettingKeys.ALL) {
            Optional<String> fromConfig = fromConfig(config, k);
            String value;
            if (fromConfig.isPresent() && config.isOverridden(configKeyOf(k))) value = fromConfig.get();
            else if (saved.containsKey(k.name())) value = saved.get(k.name());
            else value = fromConfig.orElse(k.defaultValue());
            if (k.check(value).isPresent()) {
                LOG.warn("Ignoring setting {}={} (not accepted); using {}", k.name(), value, k.defaultValue());
                value = k.defaultValue();
            }
            out.put(k.name(), k.normalize(value));
        }
        return new TillSettings(out);
    }

    /**
     * Saves the given values (unknown keys and refused values change nothing: ValidationException names the first
     * one). A value equal to the saved one is not rewritten.
     */
    public TillSettings save(Actor actor, Map<String, String> changes) {
        actor.requireRole(Role.SUPERVISOR, ErrorText.ACTION_CHANGE_SETTINGS);
        Map<String, String> merged = new LinkedHashMap<>(current().values());
        merged.putAll(changes);
        List<SettingProblem> problems = SettingKeys.check(merged);
        if (!problems.isEmpty()) throw new ValidationException(problems.get(0).key(), problems.get(0).english());
        long now = clock.millis();
        db.runInTransaction(tx -> {
            Map<String, String> before = new LinkedHashMap<>();
            tx.selectFrom(TILL_SETTING).forEach(r -> before.put(r.getSettingKey(), r.getSettingValue()));
            for (var e : changes.entrySet()) {
                String value = SettingKeys.byName(e.getKey()).orElseThrow().normalize(e.getValue());
                if (Objects.equals(before.get(e.getKey()), value)) continue;
                tx.insertInto(TILL_SETTING).set(TILL_SETTING.SETTING_KEY, e.getKey())
                        .set(TILL_SETTING.SETTING_VALUE, value).set(TILL_SETTING.UPDATED_BY, actor.userId())
                        .set(TILL_SETTING.UPDATED_AT, now)
                        .onConflict(TILL_SETTING.SETTING_KEY).doUpdate()
                        .set(TILL_SETTING.SETTING_VALUE, value).set(TILL_SETTING.UPDATED_BY, actor.userId())
                        .set(TILL_SETTING.UPDATED_AT, now).execute();
                audit.record(tx, actor, AuditAction.SETTINGS_CHANGE, "setting", e.getKey(), null,
                        before.getOrDefault(e.getKey(), "(default)") + " -> " + value);
            }
        });
        return current();
    }

    private static String configKeyOf(SettingKey k) {
        return k == SettingKeys.SYNC_INTERVAL_SECONDS ? "sync.poll-interval-ms" : k.configKey() == null ? k.name() : k.configKey();
    }

    /** The config file's (or an override's) value in the setting's own unit. */
    private static Optional<String> fromConfig(Config config, SettingKey k) {
        Optional<String> raw = config.find(configKeyOf(k));
        if (k == SettingKeys.SYNC_INTERVAL_SECONDS) {
            return raw.map(ms -> {
                try {
                    return String.valueOf(Math.max(1, Long.parseLong(ms) / 1000));
                } catch (NumberFormatException e) {
                    return ms;
                }
            });
        }
        return raw;
    }
}
