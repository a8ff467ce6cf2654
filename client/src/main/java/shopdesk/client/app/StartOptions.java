package shopdesk.client.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import shopdesk.dal.config.Config;
import shopdesk.dal.config.ConfigException;
import shopdesk.dal.config.ConfigSide;

/**
 * Command line of the till: {@code --config FILE} (or SHOPDESK_CONFIG), {@code --data-dir DIR}, and any
 * {@code --key=value} as a config override, e.g. {@code --db.dialect=h2}.
 */
public record StartOptions(Path configFile, Path dataDir, Map<String, String> overrides) {

    public static StartOptions parse(String[] args, Map<String, String> env) {
        Path config = env.containsKey("SHOPDESK_CONFIG") ? Path.of(env.get("SHOPDESK_CONFIG")) : null;
        Path dataDir = null;
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--config") || a.equals("--data-dir")) {
                if (i + 1 >= args.length) throw new ConfigException(a.substring(2), a + " needs a path after it");
                Path p = Path.of(args[++i]);
                if (a.equals("--config")) config = p;
                else dataDir = p;
            } else if (a.startsWith("--config=")) {
                config = Path.of(a.substring("--config=".length()));
            } else if (a.startsWith("--data-dir=")) {
                dataDir = Path.of(a.substring("--data-dir=".length()));
            } else if (a.startsWith("--") && a.contains("=")) {
                overrides.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            } else {
                throw new ConfigException("args", "Unknown argument '" + a
                        + "' (accepted: --config FILE, --data-dir DIR, --key=value such as --db.dialect=h2)");
            }
        }
        if (config != null && !Files.exists(config)) {
            throw new ConfigException("config", "Config file " + config + " does not exist");
        }
        return new StartOptions(config, dataDir, Map.copyOf(overrides));
    }

    public Config config() {
        return Config.load(configFile, ConfigSide.TILL).with(overrides);
    }

    /**
     * {@code --data-dir}, else {@code data.dir}, else the platform's place for the user's application data
     * ({@link #platformDataDir}) when its parent is writable, else ./data.
     */
    public Path resolveDataDir(Config config) {
        if (dataDir != null) return dataDir.toAbsolutePath();
        var fromConfig = config.find("data.dir");
        if (fromConfig.isPresent()) return Path.of(fromConfig.get()).toAbsolutePath();
        Path platform = platformDataDir(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home", ".")));
        if (Files.isWritable(platform.getParent())) return platform;
        return Path.of("data").toAbsolutePath();
    }

    /** Windows: {@code %LOCALAPPDATA%\ShopDesk} (data, logs and backups stay on this machine); elsewhere ~/.shopdesk. */
    static Path platformDataDir(String osName, Map<String, String> env, Path home) {
        if (osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("ShopDesk");
        }
        return home.resolve(".shopdesk");
    }
}
