package shopdesk.client.sync.conflict;

import java.awt.Component;

/** The window around {@link ProductRepairPanel}: Enter resolves, Esc cancels. */
public final class ProductRepairDialog {
    private ProductRepairDialog() {
    }

    public static boolean show(Component parent, ProductRepairPresenter presenter) {
        ProductRepairPanel panel = new ProductRepairPanel(presenter);
        return ConflictDialog.show(parent, "repair.dialog", "Repair a refused product", panel, panel.resolveButton(),
                panel.cancelButton(), panel::resolve);
    }
}
