package shopdesk.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shopdesk.client.ui.Palette;

/** Both themes: every text the till shows reaches WCAG AA contrast (4.5:1), the focus ring 3:1. */
class ThemeContrastTest {
    private static final String[][] TEXT = {
            {"Label.foreground", "Panel.background"},
            {Palette.ERROR, "Panel.background"},
            {Palette.OK, "Panel.background"},
            {"Button.foreground", "Button.background"},
            {"Button.default.foreground", "Button.default.background"},
            {"TextField.foreground", "TextField.background"},
            {"TextField.placeholderForeground", "TextField.background"},
            {"PasswordField.placeholderForeground", "PasswordField.background"},
            {"ComboBox.foreground", "ComboBox.background"},
            {"Table.foreground", "Table.background"},
            {"Table.selectionForeground", "Table.selectionBackground"},
            {"Table.selectionInactiveForeground", "Table.selectionInactiveBackground"},
            {"TableHeader.foreground", "TableHeader.background"},
            {"List.selectionForeground", "List.selectionBackground"},
            {"TabbedPane.foreground", "Panel.background"},
            {"ToolTip.foreground", "ToolTip.background"},
            {"Menu.foreground", "MenuBar.background"},
            {"MenuItem.foreground", "PopupMenu.background"},
    };

    @AfterAll
    static void lightAgain() {
        Themes.apply(false, 100);
    }

    @ParameterizedTest(name = "dark={0}")
    @ValueSource(booleans = {false, true})
    void everyTextStandsOutFromItsBackground(boolean dark) {
        Themes.apply(dark, 100);
        for (String[] pair : TEXT) {
            assertThat(ratio(color(pair[0]), color(pair[1]))).as("%s on %s", pair[0], pair[1]).isGreaterThanOrEqualTo(4.5);
        }
    }

    @ParameterizedTest(name = "dark={0}")
    @ValueSource(booleans = {false, true})
    void theFocusedFieldIsSeen(boolean dark) {
        Themes.apply(dark, 100);
        for (String ring : new String[] {"Component.focusedBorderColor", "Button.focusedBorderColor"}) {
            assertThat(ratio(color(ring), color("Panel.background"))).as(ring).isGreaterThanOrEqualTo(3.0);
            assertThat(ratio(color(ring), color("TextField.background"))).as(ring).isGreaterThanOrEqualTo(3.0);
        }
    }

    private static Color color(String key) {
        Color c = UIManager.getColor(key);
        assertThat(c).as(key).isNotNull();
        return c;
    }

    /** WCAG 2 contrast ratio of two colours, 1 to 21. */
    static double ratio(Color a, Color b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double s = value / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
