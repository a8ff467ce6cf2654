package shopdesk.client.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The real window opens inside the screen, also when it remembers being larger than this screen is. */
@Gui
class WindowOpensOnScreenTest extends FakeTillWindowTest {
    @Test
    void aFirstStartOpensWithinTheScreen() {
        till = new FakeTillWindow(dir);
        Rectangle bounds = Edt.call(till.window::getBounds);
        assertThat(screen().contains(bounds)).as("%s within %s", bounds, screen()).isTrue();
    }

    @Test
    void aWindowRememberedLargerThanTheScreenOpensWithinIt() throws Exception {
        Files.writeString(dir.resolve("ui.properties"), "window=60,40,2600,1700\n");
        till = new FakeTillWindow(dir);
        Rectangle bounds = Edt.call(till.window::getBounds);
        assertThat(screen().contains(bounds)).as("%s within %s", bounds, screen()).isTrue();
        assertThat(bounds.getSize()).isEqualTo(screen().getSize());
    }

    private static Rectangle screen() {
        return Edt.call(() -> GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
    }
}
