package shopdesk.client.ui;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.KeyStroke;

/**
 * Buttons that show their key, "Complete (F12)", and are pressed by it. The text and the binding come from the
 * same key, so what a button says and what the keyboard does cannot drift apart.
 */
public final class Shortcuts {
    private Shortcuts() {
    }

    /** A button that runs {@code action} when clicked or when {@code key} is pressed anywhere in scope's window. */
    public static JButton button(JComponent scope, String name, String label, String key, Runnable action) {
        JButton b = new JButton();
        b.setName(name);
        b.setFocusable(false);
        b.addActionListener(e -> action.run());
        bind(scope, b, label, key);
        return b;
    }

    /** Shows the key on the button; the key presses the button (nothing happens while it is disabled or hidden). */
    public static void bind(JComponent scope, AbstractButton b, String label, String key) {
        KeyStroke stroke = KeyStroke.getKeyStroke(key);
        if (stroke == null) throw new IllegalArgumentException("Not a key: " + key);
        b.setText(label + " (" + text(stroke) + ")");
        Keys.bind(scope, key, "press " + b.getName(), () -> {
            if (b.isShowing()) b.doClick(0);
        });
    }

    /** What a key looks like on a button: "F12", "Ctrl+L", "Shift+F4". */
    public static String text(KeyStroke stroke) {
        StringBuilder s = new StringBuilder();
        int m = stroke.getModifiers();
        if ((m & InputEvent.CTRL_DOWN_MASK) != 0) s.append("Ctrl+");
        if ((m & InputEvent.ALT_DOWN_MASK) != 0) s.append("Alt+");
        if ((m & InputEvent.SHIFT_DOWN_MASK) != 0) s.append("Shift+");
        return s.append(KeyEvent.getKeyText(stroke.getKeyCode())).toString();
    }
}
