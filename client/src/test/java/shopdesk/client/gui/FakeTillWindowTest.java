package shopdesk.client.gui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.app.Themes;

/** A test of the real till window over fakes: its data folder, the window, and closing it with the theme reset. */
abstract class FakeTillWindowTest {
    @TempDir
    Path dir;
    FakeTillWindow till;

    @AfterEach
    void close() {
        if (till != null) till.close();
        Edt.run(() -> Themes.apply(false, 100));
    }

    /** The window at this size and text size, logged in as {@code user}. */
    void openLoggedIn(int width, int height, int textPercent, String user, String password) {
        Edt.run(() -> Themes.apply(false, textPercent));
        till = new FakeTillWindow(dir);
        till.show(width, height);
        till.login(user, password);
    }
}
