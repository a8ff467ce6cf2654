package shopdesk.client.print;

/** The printer could not take the receipt: switched off, unplugged, not answering, out of paper. */
public final class PrinterOfflineException extends Exception {
    public PrinterOfflineException(String message, Throwable cause) {
        super(message, cause);
    }
}
