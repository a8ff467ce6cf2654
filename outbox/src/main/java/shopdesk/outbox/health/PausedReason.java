package shopdesk.outbox.health;

/** Why the worker is not sending, if it is not. */
public enum PausedReason {
    NONE,
    /** The user chose "Work offline". */
    WORK_OFFLINE,
    /** The cloud answered 401: someone must log in again (the till keeps working offline meanwhile). */
    LOGIN_REQUIRED,
    /** The cloud answered 426: this ShopDesk is too old for the cloud and must be updated. */
    UPDATE_REQUIRED
}
