package shopdesk.dal.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A shop's days from {@code from} to {@code to}, both included, in the shop's time zone.
 *
 * <p>Bills are placed on a day by their {@code client_created_at} in {@code zone}. The business-date rule of the
 * Z report (a sale after the day's Z belongs to the next business day) will replace this once Z reports exist.
 */
public record ReportRange(String shopId, ZoneId zone, LocalDate from, LocalDate to) {
    public ReportRange {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(zone, "zone");
        if (to.isBefore(from)) throw new IllegalArgumentException("The report range ends (" + to + ") before it starts (" + from + ")");
    }

    /** First millisecond of {@code from} in the shop's zone. */
    public long startMillis() {
        return from.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** First millisecond after {@code to} in the shop's zone (exclusive end). */
    public long endMillis() {
        return to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
