package shopdesk.client.users;

import java.awt.Component;
import javax.swing.JDialog;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.DialogFrame;

/** Opens the users screen over the till (Till > Users). */
public final class UsersDialog {
    private UsersDialog() {
    }

    public static JDialog open(Component parent, UsersPresenter presenter) {
        UsersPanel panel = new UsersPanel(presenter);
        JDialog d = DialogFrame.create(parent, "users.dialog", Messages.get("users.title"), panel, null);
        panel.closeButton().addActionListener(e -> d.dispose());
        d.setVisible(true);
        return d;
    }
}
