package shopdesk.outbox.migration;

/** A queued payload this build cannot send: written by a newer ShopDesk, or with no migrator for its version. */
public final class UnsupportedPayloadVersionException extends RuntimeException {
    public UnsupportedPayloadVersionException(String message) {
        super(message);
    }
}
