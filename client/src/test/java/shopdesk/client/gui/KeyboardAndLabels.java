package shopdesk.client.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.FocusTraversalPolicy;
import java.awt.Window;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.swing.AbstractButton;
import javax.swing.DefaultButtonModel;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.RootPaneContainer;
import javax.swing.text.JTextComponent;

/**
 * Accessibility basics of a window: each control a user can work (buttons, inputs, tables, tabs) is reached with
 * Tab, and each input has a name a screen reader can say (its label tied with setLabelFor, or a name of its own).
 */
public final class KeyboardAndLabels {
    private KeyboardAndLabels() {
    }

    /** What is wrong with the window as it shows now, each line naming {@code screen}; empty when all is well. */
    public static List<String> problems(Window window, String screen) {
        return Edt.call(() -> {
            window.validate();
            List<String> found = new ArrayList<>();
            Set<Component> cycle = focusCycle(window);
            Container root = window instanceof RootPaneContainer r ? r.getContentPane() : window;
            for (Component c : controls(root)) {
                if (!cycle.contains(c) && !groupReached(c, cycle)) found.add(screen + ": not reached by Tab: " + describe(c));
                if (isInput(c) && blank(c.getAccessibleContext().getAccessibleName())) {
                    found.add(screen + ": no label or accessible name: " + describe(c));
                }
            }
            return found;
        });
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

    /** Tab stops at the chosen one of a group of radio buttons; the arrow keys move within the group. */
    private static boolean groupReached(Component c, Set<Component> cycle) {
        if (!(c instanceof AbstractButton b) || !(b.getModel() instanceof DefaultButtonModel m) || m.getGroup() == null) {
            return false;
        }
        return java.util.Collections.list(m.getGroup().getElements()).stream().anyMatch(cycle::contains);
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
