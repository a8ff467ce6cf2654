package shopdesk.client.sync.conflict;

import java.awt.Component;
import java.util.function.BooleanSupplier;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import shopdesk.client.ui.DialogFrame;

/** The conflict dialog window around {@link ConflictPanel}: Enter resolves, Esc cancels. */
public final class ConflictDialog {
    private ConflictDialog() {
    }

    public static boolean show(Component parent, ConflictPresenter presenter) {
        ConflictPanel panel = new ConflictPanel(presenter);
        return show(parent, "conflict.dialog", "Resolve sync conflict", panel, panel.resolveButton(), panel.cancelButton(),
                panel::resolve);
    }

    /** A modal resolution window: Resolve closes it when {@code resolve} succeeded; true then. */
    static boolean show(Component parent, String name, String title, JComponent panel, JButton resolveButton,
                        JButton cancelButton, BooleanSupplier resolve) {
        JDialog d = DialogFrame.create(parent, name, title, panel, resolveButton);
        boolean[] done = new boolean[1];
        resolveButton.addActionListener(e -> {
            if (resolve.getAsBoolean()) {
                done[0] = true;
                d.dispose();
            }
        });
        cancelButton.addActionListener(e -> d.dispose());
        d.setVisible(true);
        return done[0];
    }
}
