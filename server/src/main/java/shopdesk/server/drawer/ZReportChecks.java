package shopdesk.server.drawer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import shopdesk.dal.drawer.DrawerSettings;
import shopdesk.dal.money.Limits;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.DayTotals;
import shopdesk.protocol.payload.DrawerCount;
import shopdesk.protocol.payload.ZReportPayload;
import shopdesk.server.push.Checks;
import shopdesk.server.push.EntryRefused;

/**
 * The checks of a Z report that need no database (unit-tested): numbers in range, the drawer arithmetic adds up,
 * the business date is not ahead of the server's own date, and a variance over the limit carries an approver.
 */
final class ZReportChecks {
    private ZReportChecks() {
    }

    /** The report's business date, once every check passed. {@code serverToday} is the server's UTC date. */
    static LocalDate check(ZReportPayload z, DrawerSettings drawer, LocalDate serverToday) {
        Checks.atLeast(z.zNumber(), 1, "payload.zNumber");
        LocalDate date;
        try {
            date = LocalDate.parse(z.businessDate() == null ? "" : z.businessDate());
        } catch (DateTimeParseException e) {
            throw EntryRefused.invalid("payload.businessDate", "must be a date as yyyy-MM-dd");
        }
        // the earliest time zone is UTC+14: no shop's local date is more than one day after the server's UTC date
        if (date.isAfter(serverToday.plusDays(1))) {
            throw EntryRefused.rejected(RejectCodes.BUSINESS_DATE_AHEAD, "The Z report is for " + date + ", after the server's date "
                    + serverToday + ": the till's clock is ahead; set it right and close the day again");
        }
        DayTotals t = z.totals();
        DrawerCount c = z.count();
        if (t == null) throw EntryRefused.invalid("payload.totals", "is missing");
        if (c == null) throw EntryRefused.invalid("payload.count", "is missing");
        for (long v : new long[] {t.total(), t.floatTotal(), t.cashIn(), t.cashOut(), t.cashSales(), t.cashRefunds(), c.counted()}) {
            Checks.within(v, Limits.AMOUNT, "payload.totals");
        }
        try {
            // cashRefunds: returns refunded in cash (0 in a payload from before returns were on the Z)
            long expected = Math.subtractExact(Math.subtractExact(Math.addExact(Math.addExact(t.floatTotal(), t.cashIn()),
                    t.cashSales()), t.cashOut()), t.cashRefunds());
            if (expected != t.expectedCash() || expected != c.expected()) {
                throw EntryRefused.invalid("payload.count.expected", "is not float + cash in + cash sales - cash out - cash refunds ("
                        + expected + ")");
            }
            if (Math.subtractExact(c.counted(), c.expected()) != c.variance()) {
                throw EntryRefused.invalid("payload.count.variance", "is not counted - expected");
            }
        } catch (ArithmeticException e) {
            throw EntryRefused.invalid("payload.count", "overflows");
        }
        if (drawer.needsApproval(c.variance()) && (z.varianceApprovedBy() == null || z.varianceApprovedBy().isBlank())) {
            throw EntryRefused.rejected(RejectCodes.VARIANCE_NEEDS_APPROVAL, "The count is off by " + Math.abs(c.variance())
                    + " minor units, over the limit of " + drawer.varianceApprovalLimit() + ", and no supervisor approved it");
        }
        return date;
    }
}
