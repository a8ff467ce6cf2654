package shopdesk.client.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.FocusTraversalPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.Test;
import shopdesk.client.ui.Swing;

/**
 * Accessibility basics on every main screen: each control a cashier can use is reached with Tab, and each input has
 * a name a screen reader can say (its label tied with setLabelFor, or an accessible name of its own).
 */
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
        Edt.run(() -> till.window.validate());
        problems.addAll(Edt.call(() -> {
            List<String> found = new ArrayList<>();
            Set<Component> cycle = focusCycle(till.window);
            for (Component c : controls(till.window.getContentPane())) {
                if (!cycle.contains(c)) found.add(screen + ": not reached by Tab: " + describe(c));
                if (isInput(c) && blank(c.getAccessibleContext().getAccessibleName())) {
                    found.add(screen + ": no label or accessible name: " + describe(c));
                }
            }
            return found;
        }));
    }

    /** The components Tab visits, from the first one round to it again. */
    private static Set<Component> focusCycle(Container root) {
        FocusTraversalPolicy policy = root.getFocusTraversalPolicy();
        Set<Component> seen = new LinkedHashSet<>();
        Component first = policy.getFirstComponent(root);
        for (Component c = first; c != null && seen.add(c); c = policy.getComponentAfter(root, c)) {
            if (seen.size() > 2_000) break;
        }
        return seen;
    }

    /** Visible, enabled controls a user works with (buttons, inputs, tables), outside tables' own editors. */
    private static List<Component> controls(Container root) {
        List<Component> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Container parent, List<Component> out) {
        for (Component c : parent.getComponents()) {
            if (!c.isShowing()) continue;
            boolean control = c instanceof AbstractButton || isInput(c) || c instanceof JTable || c instanceof JTabbedPane;
            if (control && c.isEnabled() && c.isFocusable()) out.add(c);
            if (c instanceof JTable || c instanceof JComboBox<?> || c instanceof JSpinner) continue;
            if (c instanceof Container inner) collect(inner, out);
        }
    }

    private static boolean isInput(Component c) {
        return (c instanceof JTextComponent t && t.isEditable()) || c instanceof JComboBox<?> || c instanceof JSpinner;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String describe(Component c) {
        String name = c.getName() != null ? c.getName() : c instanceof JComponent j ? j.getToolTipText() : null;
        String text = c instanceof AbstractButton b ? b.getText() : "";
        return c.getClass().getSimpleName() + " " + name + " " + text;
    }
}
