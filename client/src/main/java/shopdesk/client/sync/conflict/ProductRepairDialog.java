package shopdesk.client.sync.conflict;

import java.awt.Component;
import javax.swing.JDialog;
import shopdesk.client.ui.DialogFrame;

/** The window around {@link ProductRepairPanel}: Enter resolves, Esc cancels. */
public final class ProductRepairDialog {
    private ProductRepairDialog() {
    }

    public static boolean show(Component parent, ProductRepairPresenter presenter) {
        ProductRepairPanel panel = new ProductRepairPanel(presenter);
        JDialog d = DialogFrame.create(parent, "repair.dialog", "Repair a refused product", panel, panel.resolveButton());
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
