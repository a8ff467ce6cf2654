package shopdesk.dal.settings;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The till's effective settings at one moment, with typed accessors; every key has a value (its default at least). */
public record TillSettings(Map<String, String> values) {

    public TillSettings {
        Map<String, String> all = new LinkedHashMap<>();
        for (SettingKey k : SettingKeys.ALL) all.put(k.name(), values.getOrDefault(k.name(), k.defaultValue()));
        values = Map.copyOf(all);
    }

    public static TillSettings defaults() {
        return new TillSettings(Map.of());
    }

    public String text(SettingKey key) {
        return values.get(key.name());
    }

    public long number(SettingKey key) {
        return Long.parseLong(text(key));
    }

    public boolean flag(SettingKey key) {
        return Boolean.parseBoolean(text(key));
    }

    public Currency currency() {
        return Currency.getInstance(text(SettingKeys.CURRENCY));
    }

    /** The shop's locale for numbers and dates (en-IN groups 1,23,456.50). */
    public Locale locale() {
        return Locale.forLanguageTag(text(SettingKeys.LOCALE));
    }

    /** The language of the till's screens: "en" or "hi". */
    public Locale language() {
        return Locale.forLanguageTag(text(SettingKeys.LANGUAGE));
    }

    /** This snapshot with some values replaced (already checked). */
    public TillSettings with(Map<String, String> changes) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        merged.putAll(changes);
        return new TillSettings(merged);
    }
}
