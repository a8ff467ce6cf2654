package shopdesk.client.sync.conflict;

import java.awt.Component;
import javax.swing.JDialog;
import shopdesk.client.ui.DialogFrame;

/** The conflict dialog window around {@link ConflictPanel}: Enter resolves, Esc cancels. */
public final class ConflictDialog {
    private ConflictDialog() {
    }

    public static boolean show(Component parent, ConflictPresenter presenter) {
        ConflictPanel panel = new ConflictPanel(presenter);
        JDialog d = DialogFrame.create(parent, "conflict.dialog", "Resolve sync conflict", panel, panel.resolveButton());
        boolean[] done = new boolean[1];
        panel.resolveButton().addActionListener(e -> {
            if (panel.resolve()) {
                done[0] = true;
                d.dispose();
            }
        });
        panel.cancelButton().addActionListener(e -> d.dispose());
        d.setVisible(true);
        return done[0];
    }
}
