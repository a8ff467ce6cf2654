package shopdesk.outbox.cloud;

/** HTTP 426: the cloud no longer speaks this till's protocol version; ShopDesk must be updated. */
public final class UpdateRequiredException extends CloudException {
    public UpdateRequiredException(String message) {
        super(426, "UPDATE_REQUIRED", message);
    }
}
