package shopdesk.client.ui;

import java.awt.Component;
import java.awt.GraphicsConfiguration;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
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
        fitOnScreen(d);
        d.setLocationRelativeTo(owner);
        return d;
    }

    /** A dialog packed at a large text size may be taller than a small screen: it shrinks to the screen. */
    static void fitOnScreen(Window w) {
        GraphicsConfiguration gc = w.getGraphicsConfiguration();
        if (gc == null) return;
        Rectangle screen = gc.getBounds();
        Insets bars = Toolkit.getDefaultToolkit().getScreenInsets(gc);
        int width = screen.width - bars.left - bars.right;
        int height = screen.height - bars.top - bars.bottom;
        if (w.getWidth() > width || w.getHeight() > height) w.setSize(Math.min(w.getWidth(), width), Math.min(w.getHeight(), height));
    }
}
