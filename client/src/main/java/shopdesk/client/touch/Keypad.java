package shopdesk.client.touch;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.i18n.Messages;

/**
 * A numeric keypad for amounts and quantities: its keys never take the focus, and type into the text field that
 * had it last (the amount field, the scan field), so a finger can do what the keyboard does.
 */
public final class Keypad extends JPanel {
    private JTextComponent target;

    public Keypad() {
        super(new MigLayout("insets 0, wrap 4, gap 4", "[sg key, fill, 48:52:]", "[sg key, fill, 44:52:]"));
        setName("touch.keypad");
        String[] keys = {"7", "8", "9", "⌫", "4", "5", "6", "C", "1", "2", "3", "00", "0", "."};
        for (String k : keys) add(key(k), k.equals("0") ? "span 2" : "");
    }

    private final java.beans.PropertyChangeListener focus = e -> {
        if (e.getNewValue() instanceof JTextComponent t && t.isEditable() && !SwingUtilities.isDescendingFrom(t, this)) {
            target = t;
        }
    };

    @Override
    public void addNotify() {
        super.addNotify();
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener("permanentFocusOwner", focus);
    }

    @Override
    public void removeNotify() {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removePropertyChangeListener("permanentFocusOwner", focus);
        super.removeNotify();
    }

    /** The field the keys type into until another text field takes the focus. */
    public void typeInto(JTextComponent field) {
        target = field;
    }

    private JButton key(String k) {
        JButton b = new JButton(k);
        b.setName("touch.key." + switch (k) {
            case "⌫" -> "back";
            case "C" -> "clear";
            case "." -> "dot";
            default -> k;
        });
        b.setFocusable(false);
        b.putClientProperty("FlatLaf.style", "font: +4");
        b.setMargin(new java.awt.Insets(2, 2, 2, 2));   // "00" fits its key: the grid gives the keypad no more room
        b.getAccessibleContext().setAccessibleName(switch (k) {
            case "⌫" -> Messages.get("touch.key.back");
            case "C" -> Messages.get("touch.key.clear");
            default -> k;
        });
        b.addActionListener(e -> press(k));
        return b;
    }

    void press(String k) {
        JTextComponent t = target;
        if (t == null || !t.isEditable() || !t.isEnabled()) return;
        try {
            switch (k) {
                case "C" -> t.setText("");
                case "⌫" -> {
                    int len = t.getDocument().getLength();
                    if (len > 0) t.getDocument().remove(len - 1, 1);
                }
                default -> t.getDocument().insertString(t.getDocument().getLength(), k, null);
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException(e); // the offsets above are always inside the document
        }
        Component c = t;
        c.requestFocusInWindow();
    }
}
