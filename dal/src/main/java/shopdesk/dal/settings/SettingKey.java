package shopdesk.dal.settings;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import shopdesk.dal.common.Text;

/**
 * One setting a supervisor may change at the till: its name, what it accepts and its default. Values are stored
 * as text; {@link #check} says why a value is refused, {@link #normalize} gives the stored form.
 */
public record SettingKey(String name, Kind kind, String defaultValue, List<String> choices, long min, long max,
                         int maxLength, String configKey) {

    public enum Kind { TEXT, CHOICE, NUMBER, FLAG, CURRENCY, FOLDER }

    static SettingKey text(String name, int maxLength, String defaultValue) {
        return new SettingKey(name, Kind.TEXT, defaultValue, List.of(), 0, 0, maxLength, null);
    }

    static SettingKey choice(String name, String defaultValue, String configKey, String... choices) {
        return new SettingKey(name, Kind.CHOICE, defaultValue, List.of(choices), 0, 0, 0, configKey);
    }

    static SettingKey number(String name, long defaultValue, long min, long max, String configKey) {
        return new SettingKey(name, Kind.NUMBER, String.valueOf(defaultValue), List.of(), min, max, 0, configKey);
    }

    static SettingKey flag(String name, boolean defaultValue, String configKey) {
        return new SettingKey(name, Kind.FLAG, String.valueOf(defaultValue), List.of(), 0, 0, 0, configKey);
    }

    static SettingKey currency(String name, String defaultValue) {
        return new SettingKey(name, Kind.CURRENCY, defaultValue, List.of(), 0, 0, 3, null);
    }

    static SettingKey folder(String name, String configKey) {
        return new SettingKey(name, Kind.FOLDER, "", List.of(), 0, 0, 500, configKey);
    }

    public SettingKey withConfigKey(String key) {
        return new SettingKey(name, kind, defaultValue, choices, min, max, maxLength, key);
    }

    /** The stored form of a value that passed {@link #check}: trimmed, lower-case where case means nothing. */
    public String normalize(String value) {
        String v = value == null ? "" : value.strip();
        return switch (kind) {
            case CHOICE, FLAG -> v.toLowerCase(Locale.ROOT);
            case CURRENCY -> v.toUpperCase(Locale.ROOT);
            case NUMBER -> String.valueOf(Long.parseLong(v));
            default -> v;
        };
    }

    /** Empty when {@code value} is accepted; blank means "not set" for text and folders. */
    public Optional<SettingProblem> check(String value) {
        String v = value == null ? "" : value.strip();
        switch (kind) {
            case TEXT, FOLDER -> {
                if (Text.hasControlCharacter(v)) return problem("setting.error.control", "Remove the line break or other control character");
                if (v.length() > maxLength) {
                    return problem("setting.error.tooLong", "At most " + maxLength + " characters", maxLength);
                }
                if (kind == Kind.FOLDER && !v.isEmpty() && !isAbsolute(v)) {
                    return problem("setting.error.folder", "A full folder path, e.g. D:\\Backups or /media/usb/backups");
                }
            }
            case CHOICE -> {
                if (!choices.contains(v.toLowerCase(Locale.ROOT))) {
                    return problem("setting.error.choice", "Choose one of " + String.join(", ", choices), String.join(", ", choices));
                }
            }
            case FLAG -> {
                if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) return problem("setting.error.flag", "Yes or no");
            }
            case NUMBER -> {
                try {
                    long n = Long.parseLong(v);
                    if (n < min || n > max) throw new NumberFormatException();
                } catch (NumberFormatException e) {
                    return problem("setting.error.range", "A whole number from " + min + " to " + max, min, max);
                }
            }
            case CURRENCY -> {
                try {
                    Currency c = Currency.getInstance(v.toUpperCase(Locale.ROOT));
                    // amounts are kept in hundredths: a currency without two decimals would print wrong amounts
                    if (c.getDefaultFractionDigits() != 2) throw new IllegalArgumentException();
                } catch (IllegalArgumentException | NullPointerException e) {
                    return problem("setting.error.currency", "A currency code with two decimals, e.g. INR or USD");
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return Optional.empty();
    }

    /** A drive letter, a UNC share or a path from the root: the till does not guess what a relative folder means. */
    private static boolean isAbsolute(String v) {
        return v.startsWith("/") || v.startsWith("\\\\") || v.matches("(?i)[a-z]:[\\\\/].*");
    }

    private Optional<SettingProblem> problem(String messageKey, String english, Object... args) {
        return Optional.of(new SettingProblem(name, messageKey, english, args));
    }
}
