package shopdesk.outbox.cloud;

/** The cloud answered a login/refresh/logout call with an error status; {@code code} is its stable error code. */
public class CloudException extends RuntimeException {
    private final int status;
    private final String code;

    public CloudException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
