package shopdesk.client.dayclose;

import java.util.ArrayList;
import java.util.List;
import shopdesk.dal.money.Money;
import shopdesk.protocol.payload.DayTotals;
import shopdesk.protocol.payload.DrawerCount;

/**
 * An X or Z report as fixed-width lines: the same text on screen, on the thermal printer and in the PDF. It stays in
 * English whatever the screen language, like a receipt for the thermal printer: its code pages have no Devanagari.
 */
public final class ZReportText {
    public static final int WIDTH = 40;

    private ZReportText() {
    }

    /** {@code heading} is e.g. "Z REPORT 12" or "X REPORT (day still open)"; {@code count} is null for an X. */
    public static List<String> lines(String shopLine, String heading, String businessDate, String takenAt, DayTotals t,
                                     DrawerCount count, String approvedBy) {
        List<String> out = new ArrayList<>();
        out.add(shopLine);
        out.add(heading);
        out.add("Business day " + businessDate);
        out.add("Taken " + takenAt);
        out.add("-".repeat(WIDTH));
        out.add(row("Bills sold", Long.toString(t.bills())));
        out.add(row("Net of tax", Money.format(t.subtotal())));
        out.add(row("Tax", Money.format(t.tax())));
        out.add(row("TOTAL SALES", Money.format(t.total())));
        out.add(row("Discounts (" + t.discountCount() + ")", Money.format(t.discounts())));
        out.add(row("Returns (" + t.returnCount() + ")", minus(t.returnTotal())));
        out.add(row("NET TAKINGS", Money.format(t.net())));
        out.add(row("Voids (" + t.voidCount() + ")", Money.format(t.voidTotal())));
        out.add("-".repeat(WIDTH));
        out.add("By payment method");
        if (t.byMethod().isEmpty()) out.add("  none");
        t.byMethod().forEach(m -> out.add(row("  " + m.method() + " (" + m.count() + ")", Money.format(m.amount()))));
        out.add("By tax rate          taxable        tax");
        t.byTaxRate().forEach(r -> out.add(String.format("  %-8s %16s %12s", percent(r.rateBp()), Money.format(r.taxable()),
                Money.format(r.tax()))));
        out.add("-".repeat(WIDTH));
        out.add("Cash drawer");
        out.add(row("  Float", Money.format(t.floatTotal())));
        out.add(row("  Cash sales", Money.format(t.cashSales())));
        out.add(row("  Cash in", Money.format(t.cashIn())));
        out.add(row("  Cash out", minus(t.cashOut())));
        out.add(row("  Cash refunds", minus(t.cashRefunds())));
        out.add(row("  Expected", Money.format(t.expectedCash())));
        if (count != null) {
            count.denominations().stream().filter(d -> d.count() > 0).forEach(d -> out.add(row("    " + d.count() + " x "
                    + Money.format(d.value()), Money.format(d.value() * d.count()))));
            out.add(row("  Counted", Money.format(count.counted())));
            out.add(row("  Variance", Money.format(count.variance())));
            if (approvedBy != null) out.add("  Variance approved by " + approvedBy);
        }
        out.add("-".repeat(WIDTH));
        DayTotals.BillRange b = t.billRange();
        out.add(row("First bill", b.firstLocalLabel() == null ? "-" : b.firstLocalLabel() + legal(b.firstLegalNumber())));
        out.add(row("Last bill", b.lastLocalLabel() == null ? "-" : b.lastLocalLabel() + legal(b.lastLegalNumber())));
        return out;
    }

    /** What comes off: "-150.00", but "0.00" rather than "-0.00". */
    private static String minus(long amount) {
        return amount == 0 ? Money.format(0) : "-" + Money.format(amount);
    }

    private static String legal(Long n) {
        return n == null ? " (not synced)" : " / " + n;
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
