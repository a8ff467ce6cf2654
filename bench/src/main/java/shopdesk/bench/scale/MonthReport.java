package shopdesk.bench.scale;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.REPORT_DAY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jooq.impl.DSL;
import shopdesk.dal.db.Database;
import shopdesk.dal.report.ReportRange;
import shopdesk.dal.report.SalesReports;

/** The report screen's whole load for the last 30 days of the scale till: what a supervisor waits for. */
final class MonthReport {
    private MonthReport() {
    }

    static ReportRange lastMonth(Database db, String shop) {
        Long newest = db.dsl().select(DSL.max(BILL.CLIENT_CREATED_AT)).from(BILL).where(BILL.SHOP_ID.eq(shop)).fetchOne().value1();
        LocalDate last = Instant.ofEpochMilli(newest == null ? 0 : newest).atZone(ZoneOffset.UTC).toLocalDate();
        return new ReportRange(shop, ZoneOffset.UTC, last.minusDays(29), last);
    }

    /**
     * Empties {@code report_day}, so that the report's first run reads every day from its bills (as the first report
     * after the upgrade does) and later runs read the kept days (as every later report does; today is always read).
     */
    static void forgetKeptDays(Database db) {
        db.dsl().deleteFrom(REPORT_DAY).execute();
    }

    /** Every query of the report screen, as ReportsPresenter runs them; returns the month's total. */
    static long run(Database db, ReportRange r) {
        return new SalesReports(db).all(r, 50).totals().total();
    }
}
