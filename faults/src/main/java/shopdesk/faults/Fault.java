package shopdesk.faults;

/**
 * What the proxy does to one TCP connection. Each broken connection carries one broken exchange: the client
 * opens a new connection for its retry, and the plan decides afresh.
 */
public enum Fault {
    /** Pass everything through. */
    NONE,
    /** Reset the client's connection before its request reaches the server. */
    RESET_BEFORE_REQUEST,
    /** Let the request through and the server commit, then reset the client's connection instead of answering. */
    DROP_RESPONSE,
    /** Hold the server's answer back for a while, then pass it on. */
    DELAY,
    /** Pass on the first bytes of the answer, then close the connection cleanly (a short read). */
    TRUNCATE_RESPONSE,
    /** Pass on the first bytes of the answer, then reset the connection. */
    RESET_MID_BODY
}
