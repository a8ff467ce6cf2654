package shopdesk.client.print;

import java.awt.Component;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import shopdesk.client.bills.BillView;
import shopdesk.client.i18n.Messages;

/** Prints and kicks the drawer off the event thread (a network printer may take seconds to refuse), shows problems. */
public final class PrintDialogs {
    private PrintDialogs() {
    }

    /** After a sale: opens the drawer for cash, and says so only when it could not. */
    public static void openDrawer(Component parent, ReceiptPrinting printing, BillView bill) {
        new Thread(() -> printing.openDrawerFor(bill).ifPresent(problem -> SwingUtilities.invokeLater(() ->
                JOptionPane.showMessageDialog(parent, problem, Messages.get("print.drawer.title"), JOptionPane.WARNING_MESSAGE))),
                "cash-drawer").start();
    }

    public static void print(Component parent, ReceiptPrinting printing, BillView bill) {
        new Thread(() -> {
            PrintOutcome outcome = printing.print(bill);
            if (outcome.kind() == PrintOutcome.Kind.PRINTED) return;
            SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(parent, outcome.message(), Messages.get("print.title"),
                    outcome.kind() == PrintOutcome.Kind.FAILED ? JOptionPane.ERROR_MESSAGE : JOptionPane.WARNING_MESSAGE));
        }, "receipt-print").start();
    }
}
