package shopdesk.dal.user;

/** What a user may do. Each role includes the ones before it. */
public enum Role {
    CASHIER, SUPERVISOR, ADMIN;

    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }
}
