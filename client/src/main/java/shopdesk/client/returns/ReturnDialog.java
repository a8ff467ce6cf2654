package shopdesk.client.returns;

import java.awt.Component;
import java.util.function.Consumer;
import javax.swing.JDialog;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.DialogFrame;

/** Till > Returns, or Return... on the bills list: the Returns screen in a dialog. */
public final class ReturnDialog {
    private ReturnDialog() {
    }

    /** Opens it (modal); an exchange closes it and hands the credit to {@code onExchange}. */
    public static void open(Component parent, ReturnPresenter presenter, String billNumber,
                            Consumer<ReturnPresenter.ExchangeCredit> onExchange) {
        JDialog[] d = {null};
        ReturnPanel panel = new ReturnPanel(presenter, credit -> {
            if (credit != null) {
                d[0].dispose();
                onExchange.accept(credit);
            }
        });
        if (billNumber != null) panel.show(billNumber);
        d[0] = DialogFrame.create(parent, "returns.dialog", Messages.get("returns.title"), panel, panel.refundButton());
        d[0].setVisible(true);
    }
}
