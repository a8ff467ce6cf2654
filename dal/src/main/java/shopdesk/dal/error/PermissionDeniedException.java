package shopdesk.dal.error;

/** The user's role does not allow the action. */
public final class PermissionDeniedException extends ShopDeskException {
    public PermissionDeniedException(String message) {
        super(ErrorCode.PERMISSION_DENIED, null, message);
    }
}
