package shopdesk.client.dayclose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import shopdesk.client.i18n.Messages;
import shopdesk.client.print.EscPosReceipt;
import shopdesk.client.print.PrinterConnection;
import shopdesk.client.print.PrinterKind;
import shopdesk.client.print.PrinterOfflineException;
import shopdesk.client.print.PrinterSettings;
import shopdesk.client.receipt.ReceiptPdf;

/**
 * Where an X or Z report goes: always a PDF in the receipts folder (the till keeps a copy of every Z), and the
 * thermal printer when one is set up. Returns what happened in plain words.
 */
public final class ReportOutput {
    private final PrinterSettings printer;
    private final PrinterConnection connection;
    private final Path folder;

    public ReportOutput(PrinterSettings printer, PrinterConnection connection, Path folder) {
        this.printer = printer;
        this.connection = connection;
        this.folder = folder;
    }

    public static ReportOutput of(PrinterSettings printer, Path folder) {
        return new ReportOutput(printer, printer.kind() == PrinterKind.NONE ? null : PrinterConnection.of(printer), folder);
    }

    public String output(List<String> lines, String fileName, boolean print) {
        return output(lines, lines, fileName, print);
    }

    /** {@code lines} go into the PDF (the till's language), {@code thermal} to the printer (English). */
    public String output(List<String> lines, List<String> thermal, String fileName, boolean print) {
        Path pdf = folder.resolve(fileName + ".pdf");
        String saved;
        try {
            new ReceiptPdf().write(lines, pdf);
            saved = Messages.get("dayClose.output.saved", pdf.toString());
        } catch (IOException e) {
            saved = Messages.get("dayClose.output.pdfFailed", String.valueOf(e.getMessage()));
        }
        if (!print) return saved;
        if (connection == null) return Messages.get("dayClose.output.noPrinter", saved);
        try {
            connection.send(EscPosReceipt.encode(thermal));
            return Messages.get("dayClose.output.printed", printer.describe(), saved);
        } catch (PrinterOfflineException e) {
            return Messages.get("dayClose.output.notPrinted", String.valueOf(e.getMessage()), saved);
        }
    }
}
