package shopdesk.client.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Container;
import java.util.Optional;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;

/** Small Swing helpers: naming and finding components, buttons with a key in their label. */
public final class Swing {
    private Swing() {
    }

    public static <T extends Component> T named(String name, T c) {
        c.setName(name);
        return c;
    }

    public static <T extends AbstractButton> T button(String name, T b, Runnable action) {
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }

    /** A label tied to its field: a screen reader names the field by it, and its mnemonic focuses the field. */
    public static JLabel labelFor(String text, Component field) {
        JLabel l = new JLabel(text);
        l.setLabelFor(field);
        return l;
    }

    /** A hint inside an empty field that has no label beside it; it is the field's spoken name too. */
    public static <T extends JTextComponent> T hint(T field, String text) {
        field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, text);
        field.getAccessibleContext().setAccessibleName(text);
        return field;
    }

    @SuppressWarnings("unchecked")
    public static <T extends Component> Optional<T> find(Component root, String name) {
        if (name.equals(root.getName())) return Optional.of((T) root);
        if (root instanceof Container c) {
            for (Component child : c.getComponents()) {
                Optional<T> f = find(child, name);
                if (f.isPresent()) return f;
            }
        }
        return Optional.empty();
    }

    public static <T extends Component> T require(Component root, String name) {
        return Swing.<T>find(root, name).orElseThrow(() -> new IllegalStateException("No component named " + name));
    }
}
