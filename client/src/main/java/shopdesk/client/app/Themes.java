package shopdesk.client.app;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;

/** Light and dark FlatLaf themes; the choice is remembered in UiPrefs. */
public final class Themes {
    private Themes() {
    }

    public static void apply(boolean dark) {
        if (dark) FlatDarkLaf.setup();
        else FlatLightLaf.setup();
    }

    /** Switches the look of every open window. */
    public static void switchTo(boolean dark) {
        apply(dark);
        FlatLaf.updateUI();
    }

    public static boolean isDark() {
        return FlatLaf.isLafDark();
    }
}
