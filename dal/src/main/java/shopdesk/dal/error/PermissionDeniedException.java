package shopdesk.dal.error;

/** The user's role does not allow the action. */
public final class PermissionDeniedException extends ShopDeskException {
    public PermissionDeniedException(String message) {
        super(ErrorCode.PERMISSION_DENIED, null, message);
    }

    public PermissionDeniedException(ErrorText text, Object... args) {
        super(ErrorCode.PERMISSION_DENIED, null, text, args);
    }
}
