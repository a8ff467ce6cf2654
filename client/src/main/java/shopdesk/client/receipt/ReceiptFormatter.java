package shopdesk.client.receipt;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import shopdesk.client.bills.BillView;
import shopdesk.client.sale.Tender;
import shopdesk.dal.money.Money;
import shopdesk.protocol.BillSeries;

/** A bill as receipt lines: 40 characters wide for the printable view and the PDF, 32 or 48 for thermal rolls. */
public final class ReceiptFormatter {
    public static final int WIDTH = 40;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm");
    private final String shopName;
    private final List<String> header;
    private final ZoneId zone;

    public ReceiptFormatter(String shopName, ZoneId zone) {
        this(shopName, List.of(), zone);
    }

    /** {@code header}: lines printed under the shop's name (its address, its tax id), from the till's settings. */
    public ReceiptFormatter(String shopName, List<String> header, ZoneId zone) {
        this.shopName = shopName;
        this.header = List.copyOf(header);
        this.zone = zone;
    }

    public List<String> lines(BillView bill) {
        return lines(bill, WIDTH);
    }

    /** The same receipt {@code width} characters wide (58 mm rolls print 32, 80 mm rolls 48). */
    public List<String> lines(BillView bill, int width) {
        List<String> out = new ArrayList<>();
        out.add(center(width, shopName));
        for (String h : header) out.add(center(width, h));
        out.add(center(width, seriesTitle(bill)));
        out.add(center(width, "Bill " + bill.localLabel() + (bill.legalLabel() != null ? "  " + bill.legalLabel()
                : bill.serverNumber() != null ? "  (No. " + bill.serverNumber() + ")" : "")));
        if (!bill.earlierServerNumbers().isEmpty()) {
            out.add(center(width, "Earlier No. " + bill.earlierServerNumbers().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "))));
        }
        out.add(center(width, WHEN.format(Instant.ofEpochMilli(bill.clientCreatedAt()).atZone(zone))));
        if (bill.cashier() != null) out.add("Cashier: " + bill.cashier());
        if (bill.customerName() != null) out.add("Customer: " + bill.customerName());
        out.add("-".repeat(width));
        for (BillView.Item i : bill.items()) {
            out.add(cut(i.name(), width));
            out.add(both(width, "  " + i.quantity() + " x " + Money.format(i.unitPrice()) + " +" + Money.rate(i.taxRateBp()) + " tax",
                    Money.format(i.total())));
        }
        out.add("-".repeat(width));
        out.add(both(width, "Subtotal", Money.format(bill.subtotal())));
        out.add(both(width, "Tax", Money.format(bill.tax())));
        out.add(both(width, "TOTAL", Money.format(bill.total())));
        for (Tender t : bill.payments()) {
            out.add(both(width, t.method().label() + (t.reference() != null ? " " + t.reference() : ""), Money.format(t.tendered())));
        }
        if (bill.changeDue() > 0) out.add(both(width, "Change", Money.format(bill.changeDue())));
        if (bill.isVoid()) out.add(center(width, "*** VOID: " + bill.voidReason() + " ***"));
        out.add("");
        out.add(center(width, "Thank you!"));
        return out;
    }

    /** The series the server puts the bill in, predicted from its lines (the same rule, BillSeries). */
    private static String seriesTitle(BillView bill) {
        return BillSeries.ofSale(bill.items().stream().map(BillView.Item::taxRateBp).toList()) == BillSeries.BILL_OF_SUPPLY
                ? "BILL OF SUPPLY" : "TAX INVOICE";
    }

    public String text(BillView bill) {
        return String.join("\n", lines(bill));
    }

    private static String both(int width, String left, String right) {
        int room = width - right.length() - 1;
        return String.format("%-" + room + "s %s", cut(left, room), right);
    }

    private static String center(int width, String s) {
        String c = cut(s, width);
        return " ".repeat((width - c.length()) / 2) + c;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "~";
    }
}
