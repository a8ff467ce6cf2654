package shopdesk.dal.config;

import java.util.Locale;

/**
 * Which program reads a config: the till and the cloud server read environment variables with their own
 * prefix, so a shell set up for the server's PostgreSQL does not open the till on it too.
 */
public enum ConfigSide {
    /** {@code db.dialect} is {@code SHOPDESK_TILL_DB_DIALECT}. */
    TILL("SHOPDESK_TILL_", "till."),
    /** {@code db.dialect} is {@code SHOPDESK_SERVER_DB_DIALECT}; {@code server.port} stays {@code SHOPDESK_SERVER_PORT}. */
    SERVER("SHOPDESK_SERVER_", "server.");

    private final String envPrefix;
    private final String ownKeyPrefix;

    ConfigSide(String envPrefix, String ownKeyPrefix) {
        this.envPrefix = envPrefix;
        this.ownKeyPrefix = ownKeyPrefix;
    }

    /** The environment variable that sets {@code key} for this side. */
    public String envName(String key) {
        String rest = key.startsWith(ownKeyPrefix) ? key.substring(ownKeyPrefix.length()) : key;
        return envPrefix + upper(rest);
    }

    /** The name both sides read before they had their own prefix; still honoured, with a warning. */
    public static String legacyEnvName(String key) {
        return "SHOPDESK_" + upper(key);
    }

    private static String upper(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
