package shopdesk.dal.dayclose;

import java.time.LocalDate;
import shopdesk.protocol.payload.DayTotals;

/**
 * The running totals of a till's open business day, taken without closing it; {@code takenAt} is the till clock.
 * {@code cashierId} is the cashier whose shift it covers, or null for the whole till.
 */
public record XReport(String deviceId, LocalDate businessDate, long takenAt, DayTotals totals, String cashierId) {
    public XReport(String deviceId, LocalDate businessDate, long takenAt, DayTotals totals) {
        this(deviceId, businessDate, takenAt, totals, null);
    }
}
