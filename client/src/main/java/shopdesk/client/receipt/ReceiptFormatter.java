package shopdesk.client.receipt;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import shopdesk.client.bills.BillView;
import shopdesk.client.sale.Tender;
import shopdesk.dal.money.Money;

/** A bill as receipt lines, 40 characters wide, for the printable view and the PDF. */
public final class ReceiptFormatter {
    public static final int WIDTH = 40;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm");
    private final String shopName;
    private final ZoneId zone;

    public ReceiptFormatter(String shopName, ZoneId zone) {
        this.shopName = shopName;
        this.zone = zone;
    }

    public List<String> lines(BillView bill) {
        List<String> out = new ArrayList<>();
        out.add(center(shopName));
        out.add(center("Bill " + bill.localLabel() + (bill.serverNumber() != null ? "  (No. " + bill.serverNumber() + ")" : "")));
        if (!bill.earlierServerNumbers().isEmpty()) {
            out.add(center("Earlier No. " + bill.earlierServerNumbers().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "))));
        }
        out.add(center(WHEN.format(Instant.ofEpochMilli(bill.clientCreatedAt()).atZone(zone))));
        if (bill.cashier() != null) out.add("Cashier: " + bill.cashier());
        if (bill.customerName() != null) out.add("Customer: " + bill.customerName());
        out.add("-".repeat(WIDTH));
        for (BillView.Item i : bill.items()) {
            out.add(cut(i.name(), WIDTH));
            out.add(both("  " + i.quantity() + " x " + Money.format(i.unitPrice()) + " +" + Money.rate(i.taxRateBp()) + " tax",
                    Money.format(i.total())));
        }
        out.add("-".repeat(WIDTH));
        out.add(both("Subtotal", Money.format(bill.subtotal())));
        out.add(both("Tax", Money.format(bill.tax())));
        out.add(both("TOTAL", Money.format(bill.total())));
        for (Tender t : bill.payments()) {
            out.add(both(t.method().label() + (t.reference() != null ? " " + t.reference() : ""), Money.format(t.tendered())));
        }
        if (bill.changeDue() > 0) out.add(both("Change", Money.format(bill.changeDue())));
        if (bill.isVoid()) out.add(center("*** VOID: " + bill.voidReason() + " ***"));
        out.add("");
        out.add(center("Thank you!"));
        return out;
    }

    public String text(BillView bill) {
        return String.join("\n", lines(bill));
    }

    private static String both(String left, String right) {
        int room = WIDTH - right.length() - 1;
        return String.format("%-" + room + "s %s", cut(left, room), right);
    }

    private static String center(String s) {
        String c = cut(s, WIDTH);
        return " ".repeat((WIDTH - c.length()) / 2) + c;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "~";
    }
}
