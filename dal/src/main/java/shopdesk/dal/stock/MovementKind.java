package shopdesk.dal.stock;

/** Why stock moved: goods received, a counted correction, a sale, a voided sale, goods
 * returned to the shelf. */
public enum MovementKind { RECEIVE, ADJUST, SALE, VOID, RETURN }
