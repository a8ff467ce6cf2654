package shopdesk.protocol.payload;

/**
 * CLOSE_DAY: a Z report, which closes the till's business day. {@code zNumber} is gapless per till;
 * {@code businessDate} is ISO (yyyy-MM-dd). {@code varianceApprovedBy} is the supervisor who approved a count
 * whose variance is over the limit (their signed approval travels with the entry), else null.
 */
public record ZReportPayload(String id, String deviceId, String userId, long zNumber, String businessDate,
                             long clientCreatedAt, DayTotals totals, DrawerCount count, String varianceApprovedBy) {
}
