package shopdesk.dal.config;

/** A missing or wrong configuration value. The message is one line naming the key and what it accepts. */
public final class ConfigException extends RuntimeException {
    private final String key;

    public ConfigException(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
