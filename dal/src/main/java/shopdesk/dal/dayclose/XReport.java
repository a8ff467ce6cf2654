package shopdesk.dal.dayclose;

import java.time.LocalDate;
import shopdesk.protocol.payload.DayTotals;

/** The running totals of a till's open business day, taken without closing it; {@code takenAt} is the till clock. */
public record XReport(String deviceId, LocalDate businessDate, long takenAt, DayTotals totals) {
}
