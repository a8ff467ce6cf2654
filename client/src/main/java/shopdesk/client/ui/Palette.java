package shopdesk.client.ui;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JComponent;

/**
 * Words that must stand out (errors, "online") in colours with enough contrast in both themes. Set as a FlatLaf
 * style naming a theme key, so the colour follows a switch between light and dark.
 */
public final class Palette {
    public static final String ERROR = "ShopDesk.errorForeground";
    public static final String OK = "ShopDesk.okForeground";

    private Palette() {
    }

    public static void error(JComponent c) {
        use(c, ERROR);
    }

    public static void ok(JComponent c) {
        use(c, OK);
    }

    /** The theme's ordinary text colour again. */
    public static void plain(JComponent c) {
        c.putClientProperty(FlatClientProperties.STYLE, null);
    }

    public static void errorIf(JComponent c, boolean error) {
        if (error) error(c);
        else plain(c);
    }

    private static void use(JComponent c, String key) {
        c.putClientProperty(FlatClientProperties.STYLE, "foreground: $" + key);
    }
}
