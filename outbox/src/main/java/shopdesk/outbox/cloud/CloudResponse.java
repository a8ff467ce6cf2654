package shopdesk.outbox.cloud;

/**
 * An HTTP answer from the cloud: status, body text, the Retry-After and Date headers if any, and which access token
 * the request carried ({@link #tokenOf}: a hash, so that the token itself never ends up in a log).
 */
public record CloudResponse(int status, String body, String retryAfter, String date, int sentWithToken) {
    /** The value {@link #sentWithToken} has for a request sent with this token (empty: none). */
    static int tokenOf(java.util.Optional<String> token) {
        return token.map(String::hashCode).orElse(0);
    }
}
