package shopdesk.client.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.client.bills.BillView;
import shopdesk.client.i18n.Messages;
import shopdesk.client.receipt.ReceiptFormatter;
import shopdesk.client.receipt.ReceiptPdf;
import shopdesk.client.sale.PaymentMethod;

/**
 * Prints a bill's receipt on the configured thermal printer and opens the cash drawer for cash sales. When there
 * is no printer or it is offline, the receipt is saved as a PDF in the receipts folder instead and the outcome says so
 * in plain words. No Swing here: the receipt dialog shows the outcome.
 */
public final class ReceiptPrinting {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptPrinting.class);
    private static volatile ReceiptPrinting installed;

    private final PrinterSettings settings;
    private final PrinterConnection connection;
    private final ReceiptFormatter formatter;
    private final Path pdfFolder;

    public ReceiptPrinting(PrinterSettings settings, ReceiptFormatter formatter, Path pdfFolder) {
        this.settings = settings;
        this.connection = PrinterConnection.of(settings);
        this.formatter = formatter;
        this.pdfFolder = pdfFolder;
    }

    /** Set once when the till starts, so every receipt dialog prints the same way. */
    public static void install(ReceiptPrinting printing) {
        installed = printing;
    }

    /** The till's printing, or none when the till was started without one (tests, first run). */
    public static ReceiptPrinting installed() {
        return installed;
    }

    public PrinterSettings settings() {
        return settings;
    }

    /** The bytes sent for this bill's receipt: its lines laid out for the roll. */
    public byte[] escPos(BillView bill) {
        return escPos(bill, false);
    }

    /** The bytes of a receipt, or of a reprint marked as a copy. */
    public byte[] escPos(BillView bill, boolean copy) {
        // English: a thermal printer's code pages have no Devanagari (EscPosReceipt prints the rupee sign as "Rs.")
        return EscPosReceipt.encode(formatter.inEnglish().lines(bill, settings.columns(), copy));
    }

    /**
     * When a sale paid (partly) in cash completes: opens the drawer if {@code printer.drawer-kick} is on. Empty when
     * it opened or was not to be opened; otherwise what the cashier must know.
     */
    public Optional<String> openDrawerFor(BillView bill) {
        if (settings.kind() == PrinterKind.NONE || !settings.drawerKick() || !paidInCash(bill)) return Optional.empty();
        try {
            connection.send(EscPosReceipt.drawerKick());
            return Optional.empty();
        } catch (PrinterOfflineException e) {
            LOG.warn("Cash drawer not opened for {}: {}", bill.localLabel(), e.getMessage());
            return Optional.of(Messages.get("print.drawerFailed", e.getMessage()));
        }
    }

    public PrintOutcome print(BillView bill) {
        return print(bill, false);
    }

    /** Prints the receipt; {@code copy}: a reprint from the bills list, marked as a copy (never opens the drawer). */
    public PrintOutcome print(BillView bill, boolean copy) {
        if (settings.kind() == PrinterKind.NONE) {
            return fallback(bill, copy, Messages.get("print.noPrinter"));
        }
        try {
            connection.send(escPos(bill, copy));
            return PrintOutcome.printed(Messages.get(copy ? "print.copyPrinted" : "print.printed", bill.localLabel()));
        } catch (PrinterOfflineException e) {
            LOG.warn("Receipt {} not printed: {}", bill.localLabel(), e.getMessage());
            return fallback(bill, copy, Messages.get("print.failed", e.getMessage()));
        }
    }

    private PrintOutcome fallback(BillView bill, boolean copy, String why) {
        Path pdf = pdfFolder.resolve("receipt-" + bill.localLabel() + (copy ? "-copy" : "") + ".pdf");
        try {
            new ReceiptPdf().write(formatter.lines(bill, ReceiptFormatter.WIDTH, copy), pdf);
            return PrintOutcome.savedAsPdf(why + " " + Messages.get("print.savedAsPdf", pdf.toString()), pdf);
        } catch (IOException e) {
            LOG.warn("PDF receipt failed", e);
            return PrintOutcome.failed(why + " " + Messages.get("print.pdfFailed", e.getMessage()));
        }
    }

    private static boolean paidInCash(BillView bill) {
        return bill.payments().stream().anyMatch(t -> t.method() == PaymentMethod.CASH);
    }
}
