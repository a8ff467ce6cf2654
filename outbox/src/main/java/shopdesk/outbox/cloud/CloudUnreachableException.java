package shopdesk.outbox.cloud;

import java.io.IOException;

/** No connection could be made (refused, unknown host, connect timeout): the request was certainly not sent. */
public final class CloudUnreachableException extends IOException {
    public CloudUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
