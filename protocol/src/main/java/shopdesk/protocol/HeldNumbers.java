package shopdesk.protocol;

import java.util.List;

/** GET /api/v1/sync/holdings/numbers?from=&amp;to=: the calling till's local bill numbers the server holds in a range. */
public record HeldNumbers(long from, long to, List<Long> localNumbers) {
}
