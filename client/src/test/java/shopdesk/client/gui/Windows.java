package shopdesk.client.gui;

import java.awt.Component;
import java.awt.Frame;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.text.JTextComponent;

/** Finding and driving the till's windows from window tests. */
public final class Windows {
    private Windows() {
    }

    public static JFrame frame(String name) {
        AtomicReference<JFrame> found = new AtomicReference<>();
        Edt.waitFor("window " + name, () -> {
            for (Frame f : Frame.getFrames()) {
                if (f instanceof JFrame j && j.isShowing() && name.equals(j.getName())) {
                    found.set(j);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    public static void type(Component root, String name, String text) {
        Edt.run(() -> ((JTextComponent) shopdesk.client.ui.Swing.require(root, name)).setText(text));
    }

    public static void click(Component root, String name) {
        Edt.run(() -> ((AbstractButton) shopdesk.client.ui.Swing.require(root, name)).doClick());
    }

    /** For buttons that open a modal dialog. */
    public static void clickLater(Component root, String name) {
        AbstractButton b = Edt.find(root, name);
        Edt.later(b::doClick);
    }

    /** What a barcode scanner does: the code typed into the sale screen's scan field, then Enter. */
    public static void scan(Component root, String code) {
        Edt.run(() -> {
            javax.swing.JTextField f = shopdesk.client.ui.Swing.require(root, "sale.scan");
            f.setText(code);
            f.postActionEvent();
        });
    }

    public static String text(Component root, String name) {
        return Edt.call(() -> {
            Component c = shopdesk.client.ui.Swing.require(root, name);
            if (c instanceof javax.swing.JLabel l) return l.getText();
            if (c instanceof JTextComponent t) return t.getText();
            if (c instanceof AbstractButton b) return b.getText();
            throw new IllegalArgumentException(name + " has no text");
        });
    }
}
