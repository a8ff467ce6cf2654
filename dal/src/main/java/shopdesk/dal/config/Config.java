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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ShopDesk configuration: one properties file, every key overridable by a system property of the same
 * name ({@code -Ddb.dialect=h2}) or an environment variable of the reading side
 * ({@code SHOPDESK_TILL_DB_DIALECT=h2}, {@code SHOPDESK_SERVER_DB_DIALECT=h2}; see {@link ConfigSide}).
 * Precedence: system property, environment (the side's name, then the legacy {@code SHOPDESK_DB_DIALECT}
 * with a warning), file, built-in default.
 */
public final class Config {
    private static final Logger LOG = LoggerFactory.getLogger(Config.class);

    private final Map<String, String> file;
    private final Map<String, String> env;
    private final Properties system;
    private final String source;
    private final ConfigSide side;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private final Set<String> commandLine;

    private Config(Map<String, String> file, Map<String, String> env, Properties system, String source,
            ConfigSide side) {
        this(file, env, system, source, side, Set.of());
    }

    private Config(Map<String, String> file, Map<String, String> env, Properties system, String source,
            ConfigSide side, Set<String> commandLine) {
        this.commandLine = Set.copyOf(commandLine);
        this.file = Map.copyOf(file);
        this.env = env;
        this.system = system;
        this.source = source;
        this.side = side;
    }

    /** Loads the file (which may be absent: defaults and overrides then apply) with the real environment. */
    public static Config load(Path file, ConfigSide side) {
        return load(file, side, System.getenv());
    }

    /** As {@link #load(Path, ConfigSide)} with a given environment (tests). */
    public static Config load(Path file, ConfigSide side, Map<String, String> env) {
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
        return new Config(values, env, System.getProperties(), file == null ? "defaults" : file.toString(), side);
    }

    /** A config of exactly these values, ignoring the environment and system properties (tests, tools). */
    public static Config of(Map<String, String> values) {
        return new Config(values, Map.of(), new Properties(), "in-memory", ConfigSide.TILL);
    }

    /** This config with some keys replaced (still below system property and environment overrides). */
    public Config with(Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(file);
        merged.putAll(overrides);
        Set<String> keys = new java.util.HashSet<>(commandLine);
        keys.addAll(overrides.keySet());
        return new Config(merged, env, system, source, side, keys);
    }

    /**
     * True when {@code key} is set for this run only (system property, environment or {@link #with} override such
     * as the till's {@code --key=value}), not by the file: such a value wins over a setting saved at the till.
     */
    public boolean isOverridden(String key) {
        return system.getProperty(key) != null || env.get(envName(key)) != null
                || env.get(ConfigSide.legacyEnvName(key)) != null || commandLine.contains(key);
    }

    /** The environment variable that sets {@code key} for the side this config was loaded for. */
    public String envName(String key) {
        return side.envName(key);
    }

    public Optional<String> find(String key) {
        String v = system.getProperty(key);
        if (v == null) v = env.get(envName(key));
        if (v == null) v = legacyEnv(key);
        if (v == null) v = file.get(key);
        if (v == null || v.isBlank()) return Optional.empty();
        return Optional.of(v.trim());
    }

    private String legacyEnv(String key) {
        String name = ConfigSide.legacyEnvName(key);
        String v = env.get(name);
        if (v != null && !name.equals(envName(key)) && warned.add(name)) {
            LOG.warn("Environment variable {} is read by both the till and the server; use {} instead", name,
                    envName(key));
        }
        return v;
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
