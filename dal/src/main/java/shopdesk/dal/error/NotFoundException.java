package shopdesk.dal.error;

/** The entity does not exist (or was deleted). */
public final class NotFoundException extends ShopDeskException {
    /** {@code entity}: a noun such as {@link ErrorText#NOUN_PRODUCT}, said in the till's language. */
    public NotFoundException(ErrorText entity, String id) {
        super(ErrorCode.NOT_FOUND, null, ErrorText.NOT_FOUND, entity, id);
    }

    /** For an entity without a noun in the errors bundle: the type is shown as it is. */
    public NotFoundException(String entityType, String id) {
        super(ErrorCode.NOT_FOUND, null, ErrorText.NOT_FOUND, entityType, id);
    }
}
