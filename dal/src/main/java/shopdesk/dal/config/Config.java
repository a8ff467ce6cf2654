package shopdesk.dal.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * ShopDesk configuration: one properties file, every key overridable by a system property of the same
 * name ({@code -Ddb.dialect=h2}) or an environment variable ({@code SHOPDESK_DB_DIALECT=h2}).
 * Precedence: system property, environment, file, built-in default.
 */
public final class Config {
    private final Map<String, String> file;
    private final Map<String, String> env;
    private final Properties system;
    private final String source;

    private Config(Map<String, String> file, Map<String, String> env, Properties system, String source) {
        this.file = Map.copyOf(file);
        this.env = env;
        this.system = system;
        this.source = source;
    }

    /** Loads the file (which may be absent: defaults and overrides then apply) with the real environment. */
    public static Config load(Path file) {
        Map<String, String> values = new HashMap<>();
        if (file != null && Files.exists(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new ConfigException("config", "cannot read config file " + file + ": " + e.getMessage());
            }
            p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k).trim()));
        }
        return new Config(values, System.getenv(), System.getProperties(), file == null ? "defaults" : file.toString());
    }

    /** A config of exactly these values, ignoring the environment and system properties (tests, tools). */
    public static Config of(Map<String, String> values) {
        return new Config(values, Map.of(), new Properties(), "in-memory");
    }

    /** This config with some keys replaced (still below system property and environment overrides). */
    public Config with(Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(file);
        merged.putAll(overrides);
        return new Config(merged, env, system, source);
    }

    public static String envName(String key) {
        return "SHOPDESK_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public Optional<String> find(String key) {
        String v = system.getProperty(key);
        if (v == null) v = env.get(envName(key));
        if (v == null) v = file.get(key);
        if (v == null || v.isBlank()) return Optional.empty();
        return Optional.of(v.trim());
    }

    public String get(String key, String defaultValue) {
        return find(key).orElse(defaultValue);
    }

    public String require(String key, String accepted) {
        return find(key).orElseThrow(() -> new ConfigException(key,
                "Missing config key '" + key + "' (accepted: " + accepted + "; set it in " + source
                        + ", as -D" + key + " or as " + envName(key) + ")"));
    }

    public <E extends Enum<E>> E getEnum(String key, Class<E> type, E defaultValue) {
        Optional<String> raw = find(key);
        if (raw.isEmpty()) {
            if (defaultValue == null) require(key, accepted(type));
            return defaultValue;
        }
        try {
            return Enum.valueOf(type, raw.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, "Config key '" + key + "' has value '" + raw.get()
                    + "' (accepted: " + accepted(type) + ")");
        }
    }

    public int getInt(String key, int defaultValue, int min, int max) {
        return (int) getLong(key, defaultValue, min, max);
    }

    public long getLong(String key, long defaultValue, long min, long max) {
        Optional<String> raw = find(key);
        if (raw.isEmpty()) return defaultValue;
        try {
            long v = Long.parseLong(raw.get());
            if (v < min || v > max) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new ConfigException(key, "Config key '" + key + "' has value '" + raw.get()
                    + "' (accepted: a whole number from " + min + " to " + max + ")");
        }
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        Optional<String> raw = find(key);
        if (raw.isEmpty()) return defaultValue;
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new ConfigException(key, "Config key '" + key + "' has value '" + raw.get()
                    + "' (accepted: true, false)");
        };
    }

    private static <E extends Enum<E>> String accepted(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" | "));
    }

    public String source() {
        return source;
    }
}
