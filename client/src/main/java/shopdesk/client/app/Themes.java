package shopdesk.client.app;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Font;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;

/**
 * Light and dark FlatLaf themes and the text size; the choices are remembered in UiPrefs. A larger text size
 * makes FlatLaf scale paddings and MigLayout's gaps and sizes with it, so screens grow as a whole.
 */
public final class Themes {
    public static final int[] TEXT_PERCENTS = {100, 125, 150, 175, 200};
    private static int textPercent = 100;

    static {
        // shopdesk/themes/*.properties: ShopDesk's contrast fixes and message colours on top of FlatLaf's themes
        FlatLaf.registerCustomDefaultsSource("shopdesk.themes");
    }

    private Themes() {
    }

    public static void apply(boolean dark) {
        apply(dark, textPercent);
    }

    public static void apply(boolean dark, int percent) {
        UIManager.put("defaultFont", null);   // the theme's own size first, then scaled from it
        if (dark) FlatDarkLaf.setup();
        else FlatLightLaf.setup();
        textPercent = clampTextPercent(percent);
        if (textPercent != 100) {
            Font base = UIManager.getFont("defaultFont");
            UIManager.put("defaultFont", new FontUIResource(base.deriveFont(base.getSize2D() * textPercent / 100f)));
        }
    }

    /** Switches the look of every open window. */
    public static void switchTo(boolean dark) {
        apply(dark, textPercent);
        FlatLaf.updateUI();
    }

    /** Changes the text size of every open window. */
    public static void switchTextTo(int percent) {
        apply(isDark(), percent);
        FlatLaf.updateUI();
    }

    public static boolean isDark() {
        return FlatLaf.isLafDark();
    }

    public static int textPercent() {
        return textPercent;
    }

    static int clampTextPercent(int percent) {
        return Math.max(100, Math.min(200, percent));
    }
}
