package shopdesk.outbox.cloud;

/** A login/refresh/logout call could not reach the cloud (no network, timeout): work offline and try later. */
public final class CloudUnavailableException extends RuntimeException {
    public CloudUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
