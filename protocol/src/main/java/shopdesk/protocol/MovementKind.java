package shopdesk.protocol;

/**
 * Why stock moved (stock_movement.kind on till and server, and a stock delta's kind): goods received, a counted
 * correction, a sale, a voided sale, a product's opening stock on the server, goods returned to the shelf.
 */
public enum MovementKind implements StoredCode {
    RECEIVE, ADJUST, SALE, VOID, INITIAL, RETURN;

    @Override
    public String code() {
        return name();
    }

    public static MovementKind fromCode(String code) {
        return StoredCode.parse(MovementKind.class, code);
    }
}
