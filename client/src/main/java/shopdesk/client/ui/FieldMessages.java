package shopdesk.client.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JLabel;
import shopdesk.client.catalog.FormErrors;

/**
 * Inline validation: a field with an error gets FlatLaf's error outline and its message in a small label
 * beside or under it, shown only while there is an error; the label is named "<field>.error" so tests can read it.
 */
public final class FieldMessages {
    private final Map<String, JComponent> fields = new LinkedHashMap<>();
    private final Map<String, JLabel> labels = new LinkedHashMap<>();

    /** Registers a field and returns the label to place beside it. */
    public JLabel register(String field, JComponent input) {
        JLabel l = new JLabel();
        l.setName(input.getName() + ".error");
        l.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        Palette.error(l);
        l.setVisible(false);
        fields.put(field, input);
        labels.put(field, l);
        return l;
    }

    public void show(FormErrors errors) {
        JComponent firstBad = null;
        for (var e : fields.entrySet()) {
            String msg = errors.get(e.getKey());
            e.getValue().putClientProperty(FlatClientProperties.OUTLINE, msg == null ? null : FlatClientProperties.OUTLINE_ERROR);
            labels.get(e.getKey()).setText(msg == null ? "" : msg);
            labels.get(e.getKey()).setVisible(msg != null);
            if (msg != null && firstBad == null) firstBad = e.getValue();
        }
        if (firstBad != null) firstBad.requestFocusInWindow();
    }

    public void clear() {
        show(new FormErrors());
    }
}
