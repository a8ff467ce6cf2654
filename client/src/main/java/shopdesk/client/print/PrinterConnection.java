package shopdesk.client.print;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import shopdesk.client.i18n.Messages;

/**
 * Sends ESC/POS bytes to the configured printer and returns only when they are handed over, so an offline printer
 * is reported to the cashier at once (escpos-coffee's own streams write on a background thread and report later).
 */
public interface PrinterConnection {
    int CONNECT_TIMEOUT_MS = 3000;

    void send(byte[] bytes) throws PrinterOfflineException;

    static PrinterConnection of(PrinterSettings s) {
        return switch (s.kind()) {
            case NONE -> bytes -> {
                throw new IllegalStateException("no printer is configured");
            };
            case ESCPOS_NETWORK -> bytes -> network(s, bytes);
            case ESCPOS_FILE -> bytes -> file(s, bytes);
            case SYSTEM -> bytes -> system(s, bytes);
        };
    }

    private static void network(PrinterSettings s, byte[] bytes) throws PrinterOfflineException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(s.host(), s.port()), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(CONNECT_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
            socket.shutdownOutput();
        } catch (IOException e) {
            throw new PrinterOfflineException(Messages.get("printer.notAnswering", s.describe(), String.valueOf(e.getMessage())), e);
        }
    }

    private static void file(PrinterSettings s, byte[] bytes) throws PrinterOfflineException {
        try {
            Files.write(Path.of(s.address()), bytes, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            throw new PrinterOfflineException(Messages.get("printer.cannotWrite", s.describe(), String.valueOf(e.getMessage())), e);
        }
    }

    private static void system(PrinterSettings s, byte[] bytes) throws PrinterOfflineException {
        PrintService service = null;
        if (s.address() == null) {
            service = PrintServiceLookup.lookupDefaultPrintService();
        } else {
            for (PrintService p : PrintServiceLookup.lookupPrintServices(null, null)) {
                if (p.getName().equalsIgnoreCase(s.address())) service = p;
            }
        }
        if (service == null) throw new PrinterOfflineException(Messages.get("printer.notInstalled", s.describe()), null);
        try {
            DocPrintJob job = service.createPrintJob();
            job.print(new SimpleDoc(bytes, DocFlavor.BYTE_ARRAY.AUTOSENSE, null), null);
        } catch (PrintException e) {
            throw new PrinterOfflineException(Messages.get("printer.refused", s.describe(), String.valueOf(e.getMessage())), e);
        }
    }
}
