package shopdesk.client.app;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.LoggerFactory;

/** What the till remembers between runs on this machine: theme, text size and window bounds (ui.properties). */
public final class UiPrefs {
    private final Path file;
    private final Properties props = new Properties();

    public UiPrefs(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                props.load(r);
            } catch (IOException e) {
                LoggerFactory.getLogger(UiPrefs.class).warn("Ignoring unreadable {}: {}", file, e.getMessage());
            }
        }
    }

    public boolean dark() {
        return "dark".equals(props.getProperty("theme"));
    }

    public void setDark(boolean dark) {
        props.setProperty("theme", dark ? "dark" : "light");
        save();
    }

    /** Text size in percent of the theme's: 100 to 200. */
    public int textPercent() {
        try {
            return Themes.clampTextPercent(Integer.parseInt(props.getProperty("text.percent", "100").trim()));
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    public void setTextPercent(int percent) {
        props.setProperty("text.percent", String.valueOf(Themes.clampTextPercent(percent)));
        save();
    }

    /** True once a theme was chosen on this machine (View menu or settings screen). */
    public boolean hasLook() {
        return props.containsKey("theme");
    }

    /**
     * A till setting this machine must know before its database opens (the backup folder, to restore a damaged
     * database): saved in the database and copied here.
     */
    public java.util.Optional<String> copied(String settingKey) {
        return java.util.Optional.ofNullable(props.getProperty("setting." + settingKey)).filter(v -> !v.isBlank());
    }

    public void copy(String settingKey, String value) {
        props.setProperty("setting." + settingKey, value == null ? "" : value);
        save();
    }

    public boolean maximized() {
        return Boolean.parseBoolean(props.getProperty("window.maximized", "false"));
    }

    public void setMaximized(boolean maximized) {
        props.setProperty("window.maximized", String.valueOf(maximized));
        save();
    }

    public Rectangle bounds(Rectangle fallback) {
        try {
            String[] p = props.getProperty("window", "").split(",");
            if (p.length != 4) return fallback;
            Rectangle r = new Rectangle(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]));
            return r.width >= 640 && r.height >= 480 ? r : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void setBounds(Rectangle r) {
        props.setProperty("window", r.x + "," + r.y + "," + r.width + "," + r.height);
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file)) {
                props.store(w, "ShopDesk till: remembered look and window");
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(UiPrefs.class).warn("Could not save {}: {}", file, e.getMessage());
        }
    }
}
