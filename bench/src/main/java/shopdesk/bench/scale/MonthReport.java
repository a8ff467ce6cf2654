package shopdesk.bench.scale;

import static shopdesk.db.Tables.BILL;

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

    /** Every query of the report screen, as ReportsPresenter runs them; returns the month's total. */
    static long run(Database db, ReportRange r) {
        return new SalesReports(db).all(r, 50).totals().total();
    }
}
