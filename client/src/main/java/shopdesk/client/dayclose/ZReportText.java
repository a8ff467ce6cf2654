package shopdesk.client.dayclose;

import java.util.ArrayList;
import java.util.List;
import shopdesk.client.i18n.Texts;
import shopdesk.dal.money.Money;
import shopdesk.protocol.payload.DayTotals;
import shopdesk.protocol.payload.DrawerCount;

/**
 * An X or Z report as fixed-width lines, in the language of the {@link Texts} given: the till's on screen and in the
 * PDF, English for the thermal printer (its code pages have no Devanagari), like a receipt.
 */
public final class ZReportText {
    public static final int WIDTH = 40;

    private ZReportText() {
    }

    /** In the till's language; see {@link #lines(Texts, String, String, String, String, DayTotals, DrawerCount, String)}. */
    public static List<String> lines(String shopLine, String heading, String businessDate, String takenAt, DayTotals t,
                                     DrawerCount count, String approvedBy) {
        return lines(Texts.current(), shopLine, heading, businessDate, takenAt, t, count, approvedBy);
    }

    /** {@code heading} is e.g. "Z REPORT 12" ({@link #zHeading}) or {@link #xHeading}; {@code count} is null for an X. */
    public static List<String> lines(Texts w, String shopLine, String heading, String businessDate, String takenAt,
                                     DayTotals t, DrawerCount count, String approvedBy) {
        List<String> out = new ArrayList<>();
        out.add(shopLine);
        out.add(heading);
        out.add(w.get("zr.businessDay", businessDate));
        out.add(w.get("zr.taken", takenAt));
        out.add("-".repeat(WIDTH));
        out.add(row(w.get("zr.billsSold"), Long.toString(t.bills())));
        out.add(row(w.get("zr.netOfTax"), Money.format(t.subtotal())));
        out.add(row(w.get("zr.tax"), Money.format(t.tax())));
        out.add(row(w.get("zr.totalSales"), Money.format(t.total())));
        out.add(row(w.get("zr.discounts", t.discountCount()), Money.format(t.discounts())));
        out.add(row(w.get("zr.returns", t.returnCount()), minus(t.returnTotal())));
        out.add(row(w.get("zr.netTakings"), Money.format(t.net())));
        out.add(row(w.get("zr.voids", t.voidCount()), Money.format(t.voidTotal())));
        out.add("-".repeat(WIDTH));
        out.add(w.get("zr.byMethod"));
        if (t.byMethod().isEmpty()) out.add("  " + w.get("zr.none"));
        t.byMethod().forEach(m -> out.add(row("  " + m.method() + " (" + m.count() + ")", Money.format(m.amount()))));
        out.add(String.format("%-21s%7s %10s", w.get("zr.byTaxRate"), w.get("zr.taxable"), w.get("zr.tax")));
        t.byTaxRate().forEach(r -> out.add(String.format("  %-8s %16s %12s", percent(r.rateBp()), Money.format(r.taxable()),
                Money.format(r.tax()))));
        out.add("-".repeat(WIDTH));
        out.add(w.get("zr.cashDrawer"));
        out.add(row("  " + w.get("zr.float"), Money.format(t.floatTotal())));
        out.add(row("  " + w.get("zr.cashSales"), Money.format(t.cashSales())));
        out.add(row("  " + w.get("zr.cashIn"), Money.format(t.cashIn())));
        out.add(row("  " + w.get("zr.cashOut"), minus(t.cashOut())));
        out.add(row("  " + w.get("zr.cashRefunds"), minus(t.cashRefunds())));
        out.add(row("  " + w.get("zr.expected"), Money.format(t.expectedCash())));
        if (count != null) {
            count.denominations().stream().filter(d -> d.count() > 0).forEach(d -> out.add(row("    " + d.count() + " x "
                    + Money.format(d.value()), Money.format(d.value() * d.count()))));
            out.add(row("  " + w.get("zr.counted"), Money.format(count.counted())));
            out.add(row("  " + w.get("zr.variance"), Money.format(count.variance())));
            if (approvedBy != null) out.add("  " + w.get("zr.varianceApprovedBy", approvedBy));
        }
        out.add("-".repeat(WIDTH));
        DayTotals.BillRange b = t.billRange();
        out.add(row(w.get("zr.firstBill"), b.firstLocalLabel() == null ? "-" : b.firstLocalLabel() + legal(w, b.firstLegalNumber())));
        out.add(row(w.get("zr.lastBill"), b.lastLocalLabel() == null ? "-" : b.lastLocalLabel() + legal(w, b.lastLegalNumber())));
        return out;
    }

    /** What comes off: "-150.00", but "0.00" rather than "-0.00". */
    private static String minus(long amount) {
        return amount == 0 ? Money.format(0) : "-" + Money.format(amount);
    }

    private static String legal(Texts w, Long n) {
        return n == null ? " " + w.get("zr.notSynced") : " / " + n;
    }

    /** "Z REPORT 12". */
    public static String zHeading(Texts w, long zNumber) {
        return w.get("zr.zHeading", Long.toString(zNumber));
    }

    /** "X REPORT (the day stays open)", or for one cashier's shift "X REPORT shift of Sam". */
    public static String xHeading(Texts w, String shiftOf) {
        return shiftOf == null ? w.get("zr.xHeading") : w.get("zr.xHeadingShift", shiftOf);
    }

    static String percent(int bp) {
        return Money.format(bp) + "%";
    }

    /** A label left and a value right on one line of the roll. */
    public static String row(String label, String value) {
        int pad = Math.max(1, WIDTH - label.length() - value.length());
        return label + " ".repeat(pad) + value;
    }
}
