package shopdesk.client.receipt;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Font;
import java.awt.print.PrinterException;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.bills.BillView;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.ui.DialogFrame;
import shopdesk.client.ui.MessageArea;

/** The printable receipt: Print sends it to a printer, Save PDF writes it, Enter or Esc closes. */
public final class ReceiptDialog {
    private ReceiptDialog() {
    }

    public static JPanel content(ReceiptFormatter formatter, BillView bill) {
        JPanel p = new JPanel(new MigLayout("insets dialog, fill", "[grow, fill]", "[][grow, fill][]"));
        JLabel head = new JLabel(Messages.get("sale.msg.saved", bill.localLabel()));
        head.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        head.setName("receipt.title");
        JTextArea text = new ReceiptArea(formatter.text(bill), ReceiptFormatter.WIDTH);   // aligned by measured width
        text.setName("receipt.text");
        text.setFocusable(false); // Enter must reach the default button (Close), not the text area
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 13));
        p.add(head, "wrap");
        p.add(new JScrollPane(text), "wrap, w 420!, h 150:420");   // shorter on a small screen: it scrolls
        return p;
    }

    /** Shown when a sale completes: a cash sale also opens the drawer (when the till has a printer with one). */
    public static void show(Component parent, ReceiptFormatter formatter, BillView bill, Path pdfFolder) {
        var printing = shopdesk.client.print.ReceiptPrinting.installed();
        if (printing != null) shopdesk.client.print.PrintDialogs.openDrawer(parent, printing, bill);
        JPanel p = content(formatter, bill);
        JTextArea text = (JTextArea) shopdesk.client.ui.Swing.require(p, "receipt.text");
        JButton print = new JButton(Messages.get("receiptDialog.print"));
        print.setName("receipt.print");
        JButton pdf = new JButton(Messages.get("receiptDialog.pdf"));
        pdf.setName("receipt.pdf");
        JButton close = new JButton(Messages.get("common.close"));
        close.setName("receipt.close");
        p.add(print, "split 3, sizegroup b");
        p.add(pdf, "sizegroup b");
        p.add(close, "tag ok, sizegroup b");
        JDialog d = DialogFrame.create(parent, "receipt.dialog", Messages.get("receiptDialog.title", bill.localLabel()), p, close);
        print.addActionListener(e -> {
            if (printing != null) {
                shopdesk.client.print.PrintDialogs.print(d, printing, bill);
                return;
            }
            try {
                text.print();
            } catch (PrinterException | RuntimeException ex) {
                JOptionPane.showMessageDialog(d, MessageArea.paragraph(PlainMessages.explain(Messages.get("receiptDialog.notPrinted"), ex), 40));
            }
        });
        pdf.addActionListener(e -> {
            JFileChooser fc = new JFileChooser(pdfFolder.toFile());
            fc.setSelectedFile(pdfFolder.resolve("receipt-" + bill.localLabel() + ".pdf").toFile());
            if (fc.showSaveDialog(d) == JFileChooser.APPROVE_OPTION) {
                try {
                    new ReceiptPdf().write(formatter.lines(bill), fc.getSelectedFile().toPath());
                } catch (Exception ex) {
                    JOptionPane.showMessageDialog(d, MessageArea.paragraph(PlainMessages.explain(Messages.get("receiptDialog.pdfNotWritten"), ex), 40));
                }
            }
        });
        close.addActionListener(e -> d.dispose());
        // FlatLaf's default button follows focus: start on Close so Enter closes rather than prints.
        d.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                close.requestFocusInWindow();
            }
        });
        d.setVisible(true);
    }
}
