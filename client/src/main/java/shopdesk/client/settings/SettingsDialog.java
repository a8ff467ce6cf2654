package shopdesk.client.settings;

import java.awt.Component;
import javax.swing.JDialog;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.DialogFrame;

/** Opens the settings screen as a dialog over the till (Till > Settings). */
public final class SettingsDialog {
    private SettingsDialog() {
    }

    public static JDialog open(Component parent, SettingsPresenter presenter) {
        SettingsPanel panel = new SettingsPanel(presenter);
        JDialog d = DialogFrame.create(parent, "settings.dialog", Messages.get("settings.title"), panel, panel.saveButton());
        panel.closeButton().addActionListener(e -> d.dispose());
        d.setVisible(true);
        return d;
    }
}
