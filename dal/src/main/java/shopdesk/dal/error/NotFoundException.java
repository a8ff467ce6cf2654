package shopdesk.dal.error;

/** The entity does not exist (or was deleted). */
public final class NotFoundException extends ShopDeskException {
    public NotFoundException(String entityType, String id) {
        super(ErrorCode.NOT_FOUND, null, "No " + entityType + " found for '" + id + "'");
    }
}
