package shopdesk.dal.auth;

/** The cloud's HTTP endpoints, as the role matrix names them. */
public enum Endpoint {
    HEALTH, LOGIN, REFRESH, LOGOUT, PUSH, PULL
}
