package shopdesk.client.dayclose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
        Path pdf = folder.resolve(fileName + ".pdf");
        String saved;
        try {
            new ReceiptPdf().write(lines, pdf);
            saved = "Saved as " + pdf + ".";
        } catch (IOException e) {
            saved = "Saving it as a PDF failed: " + e.getMessage() + ".";
        }
        if (!print) return saved;
        if (connection == null) return "No receipt printer is set up (printer.kind in the till's config). " + saved;
        try {
            connection.send(EscPosReceipt.encode(lines));
            return "Printed on " + printer.describe() + ". " + saved;
        } catch (PrinterOfflineException e) {
            return "Not printed: " + e.getMessage() + ". " + saved;
        }
    }
}
