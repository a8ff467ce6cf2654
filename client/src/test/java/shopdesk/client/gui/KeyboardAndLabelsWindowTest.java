package shopdesk.client.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JTabbedPane;
import org.junit.jupiter.api.Test;
import shopdesk.client.ui.Swing;

/** Accessibility basics on every tab of the main window: see {@link KeyboardAndLabels}. */
@Gui
class KeyboardAndLabelsWindowTest extends FakeTillWindowTest {
    @Test
    void everyControlIsReachedByTabAndEveryInputIsNamed() {
        openLoggedIn(1024, 768, 100, "ravi", "ravi123");
        List<String> problems = new ArrayList<>();
        check(0, "sale", problems);
        check(1, "bills", problems);
        for (int sub = 0; sub < 3; sub++) {
            int s = sub;
            Edt.run(() -> till.window.view().showTab(2));
            Edt.run(() -> ((JTabbedPane) Swing.require(till.window, "catalog.tabs")).setSelectedIndex(s));
            check(2, "catalog tab " + sub, problems);
        }
        check(3, "sync", problems);
        assertThat(problems).isEmpty();
    }

    private void check(int tab, String screen, List<String> problems) {
        Edt.run(() -> till.window.view().showTab(tab));
        problems.addAll(KeyboardAndLabels.problems(till.window, screen));
    }
}
