package shopdesk.outbox.cloud;

/** An HTTP answer from the cloud: status, body text and the Retry-After header if any. */
public record CloudResponse(int status, String body, String retryAfter, String date) {
}
