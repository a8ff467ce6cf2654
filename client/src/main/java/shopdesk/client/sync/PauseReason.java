package shopdesk.client.sync;

/** Why the till is not sending, when it is not. */
public enum PauseReason {
    NONE, WORK_OFFLINE, LOGIN_REQUIRED, UPDATE_REQUIRED
}
