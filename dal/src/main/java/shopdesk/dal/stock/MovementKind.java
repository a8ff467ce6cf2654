package shopdesk.dal.stock;

/** Why stock moved: goods received, a counted correction, a sale, a voided sale. */
public enum MovementKind { RECEIVE, ADJUST, SALE, VOID }
