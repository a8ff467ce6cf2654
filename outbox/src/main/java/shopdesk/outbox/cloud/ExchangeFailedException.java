package shopdesk.outbox.cloud;

import java.io.IOException;

/**
 * The connection broke after the request may have been sent (reset, read timeout, no response): the server
 * may or may not have applied it. Safe to resend: request ids make a replay harmless.
 */
public final class ExchangeFailedException extends IOException {
    public ExchangeFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
