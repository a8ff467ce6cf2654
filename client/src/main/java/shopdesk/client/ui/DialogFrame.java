package shopdesk.client.ui;

import java.awt.Component;
import java.awt.Window;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.SwingUtilities;

/** A modal dialog with a default button (Enter) that closes on Esc: keyboard first in two lines. */
public final class DialogFrame {
    private DialogFrame() {
    }

    public static JDialog create(Component parent, String name, String title, JComponent content, JButton defaultButton) {
        Window owner = parent == null ? null : SwingUtilities.getWindowAncestor(parent);
        if (owner == null && parent instanceof Window w) owner = w;
        JDialog d = new JDialog(owner, title, JDialog.ModalityType.APPLICATION_MODAL);
        d.setName(name);
        d.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        d.setContentPane(content);
        if (defaultButton != null) d.getRootPane().setDefaultButton(defaultButton);
        Keys.bind(d.getRootPane(), "ESCAPE", "close", d::dispose);
        d.pack();
        d.setLocationRelativeTo(owner);
        return d;
    }
}
