package shopdesk.client.receipt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import shopdesk.client.bills.BillView;
import shopdesk.client.i18n.Messages;
import shopdesk.client.i18n.Texts;
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
    private final Texts texts;

    public ReceiptFormatter(String shopName, ZoneId zone) {
        this(shopName, List.of(), zone);
    }

    /** A header from config ({@code receipt.*}): its address split at commas, its tax id. */
    public ReceiptFormatter(ReceiptHeader header, ZoneId zone) {
        this(header.shopName(), header.lines(), zone);
    }

    /** {@code header}: lines printed under the shop's name (its address, its tax id), from the till's settings. */
    public ReceiptFormatter(String shopName, List<String> header, ZoneId zone) {
        this(shopName, header, zone, Messages.language());
    }

    private ReceiptFormatter(String shopName, List<String> header, ZoneId zone, Locale language) {
        this.shopName = shopName;
        this.header = List.copyOf(header);
        this.zone = zone;
        this.texts = new Texts(language);
    }

    /** The same receipts in English: for thermal printers, whose code pages have no Devanagari. */
    public ReceiptFormatter inEnglish() {
        return new ReceiptFormatter(shopName, header, zone, Messages.ENGLISH);
    }

    public List<String> lines(BillView bill) {
        return lines(bill, WIDTH);
    }

    /** The same receipt {@code width} characters wide (58 mm rolls print 32, 80 mm rolls 48). */
    public List<String> lines(BillView bill, int width) {
        return lines(bill, width, false);
    }

    /** A reprint says so at the top and the bottom, so it is never taken for a second sale. */
    public List<String> lines(BillView bill, int width, boolean copy) {
        List<String> out = new ArrayList<>();
        if (copy) out.add(center(width, "*** " + texts.get("receipt.copy") + " ***"));
        out.add(center(width, shopName));
        for (String h : header) out.add(center(width, h));
        out.add(center(width, seriesTitle(bill)));
        out.add(center(width, texts.get("receipt.bill", bill.localLabel()) + (bill.legalLabel() != null ? "  " + bill.legalLabel()
                : bill.serverNumber() != null ? "  (" + texts.get("receipt.number", String.valueOf(bill.serverNumber())) + ")" : "")));
        if (!bill.earlierServerNumbers().isEmpty()) {
            out.add(center(width, texts.get("receipt.earlier") + " " + bill.earlierServerNumbers().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "))));
        }
        out.add(center(width, WHEN.withLocale(texts.locale()).format(Instant.ofEpochMilli(bill.clientCreatedAt()).atZone(zone))));
        if (bill.cashier() != null) out.add(texts.get("receipt.cashier", bill.cashier()));
        if (bill.customerName() != null) out.add(texts.get("receipt.customer", bill.customerName()));
        out.add("-".repeat(width));
        for (BillView.Item i : bill.items()) {
            out.add(cut(i.name(), width));
            String qty = i.weighed() ? BigDecimal.valueOf(i.quantity(), 3).toPlainString() + " kg" : String.valueOf(i.quantity());
            out.add(both(width, "  " + qty + " x " + Money.format(i.unitPrice()) + (i.weighed() ? "/kg" : "")
                    + " " + texts.get(i.taxInclusive() ? "receipt.taxIncluded" : "receipt.taxAdded", Money.rate(i.taxRateBp())),
                    Money.format(i.total())));
            if (i.listPrice() != null) out.add(cut("  " + texts.get("receipt.priceWas", Money.format(i.listPrice()), i.reason()), width));
            if (i.discount() > 0) out.add(both(width, "  " + texts.get("receipt.discount"), "-" + Money.format(i.discount())));
        }
        BillView.Terms terms = bill.terms();
        out.add("-".repeat(width));
        if (terms.discountTotal() > 0) {
            out.add(both(width, texts.get("receipt.saved") + (terms.billDiscount() != null ? " ("
                    + texts.get("receipt.billDiscount", terms.billDiscount()) + ")" : ""),
                    Money.format(terms.discountTotal())));
        }
        out.add(both(width, texts.get("receipt.subtotal"), Money.format(bill.subtotal())));
        out.add(both(width, texts.get("receipt.tax"), Money.format(bill.tax())));
        if (terms.rounding() != 0) out.add(both(width, texts.get("receipt.rounding"), Money.format(terms.rounding())));
        out.add(both(width, texts.get("receipt.total"), Money.format(bill.total())));
        if (!terms.taxes().isEmpty()) {
            out.add(both(width, pad(texts.get("receipt.taxRate"), 11) + texts.get("receipt.taxable"), texts.get("receipt.tax")));
            for (BillView.TaxRow t : terms.taxes()) {
                String rate = Money.rate(t.rateBp());
                out.add(both(width, rate + " ".repeat(Math.max(1, 11 - rate.length())) + Money.format(t.taxable()),
                        Money.format(t.tax())));
            }
        }
        for (Tender t : bill.payments()) {
            out.add(both(width, texts.get(t.method().key()) + (t.reference() != null ? " " + t.reference() : ""), Money.format(t.tendered())));
        }
        if (bill.changeDue() > 0) out.add(both(width, texts.get("receipt.change"), Money.format(bill.changeDue())));
        if (bill.vouched() != null) {
            for (String note : bill.vouched().notes()) out.addAll(wrap(width, texts.get("credit.unchecked.accepted", note, bill.vouched().approver())));
        }
        if (bill.creditNote() != null) {
            out.add(both(width, texts.get("receipt.creditNote", bill.creditNote().label()), Money.format(bill.creditNote().amount())));
            out.add(center(width, texts.get("receipt.creditNoteKeep")));
        }
        if (bill.isVoid()) out.add(center(width, "*** " + texts.get("receipt.void", bill.voidReason()) + " ***"));
        out.add("");
        out.add(center(width, copy ? "*** " + texts.get("receipt.copyNotSale") + " ***" : texts.get("receipt.thanks")));
        return out;
    }

    /** The series the server puts the bill in, predicted from its lines (the same rule, BillSeries). */
    private String seriesTitle(BillView bill) {
        return BillSeries.ofSale(bill.items().stream().map(BillView.Item::taxRateBp).toList()) == BillSeries.BILL_OF_SUPPLY
                ? texts.get("receipt.billOfSupply") : texts.get("receipt.taxInvoice");
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(1, width - s.length()));
    }

    public String text(BillView bill) {
        return String.join("\n", lines(bill));
    }

    private static String both(int width, String left, String right) {
        int room = width - right.length() - 1;
        return String.format("%-" + room + "s %s", cut(left, room), right);
    }

    /** A sentence over as many lines as it needs, broken between words. */
    private static List<String> wrap(int width, String s) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) lines.add(cut(line.toString(), width));
        return lines;
    }

    private static String center(int width, String s) {
        String c = cut(s, width);
        return " ".repeat((width - c.length()) / 2) + c;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "~";
    }
}
