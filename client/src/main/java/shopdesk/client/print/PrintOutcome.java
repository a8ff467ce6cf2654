package shopdesk.client.print;

import java.nio.file.Path;

/** What became of a receipt: printed, saved as PDF instead (with the reason), or neither. */
public record PrintOutcome(Kind kind, String message, Path pdf) {
    public enum Kind { PRINTED, SAVED_AS_PDF, FAILED }

    static PrintOutcome printed(String message) {
        return new PrintOutcome(Kind.PRINTED, message, null);
    }

    static PrintOutcome savedAsPdf(String message, Path pdf) {
        return new PrintOutcome(Kind.SAVED_AS_PDF, message, pdf);
    }

    static PrintOutcome failed(String message) {
        return new PrintOutcome(Kind.FAILED, message, null);
    }
}
