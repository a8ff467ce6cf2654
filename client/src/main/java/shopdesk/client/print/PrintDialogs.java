package shopdesk.client.print;

import java.awt.Component;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import shopdesk.client.bills.BillView;

/** Prints off the event thread (a network printer may take seconds to refuse) and shows the outcome. */
public final class PrintDialogs {
    private PrintDialogs() {
    }

    public static void print(Component parent, ReceiptPrinting printing, BillView bill) {
        new Thread(() -> {
            PrintOutcome outcome = printing.print(bill);
            if (outcome.kind() == PrintOutcome.Kind.PRINTED) return;
            SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(parent, outcome.message(), "Receipt printer",
                    outcome.kind() == PrintOutcome.Kind.FAILED ? JOptionPane.ERROR_MESSAGE : JOptionPane.WARNING_MESSAGE));
        }, "receipt-print").start();
    }
}
