package shopdesk.client.bills;

import java.util.List;
import shopdesk.client.sale.Tender;
import shopdesk.protocol.BillStatus;

/**
 * A recorded bill as the till shows it: the local number printed at once, the server's legal number once
 * synced, and the sync state. {@code items}/{@code payments} are empty in list rows. {@code earlierServerNumbers}:
 * legal numbers a server that lost the bill had given it before it was sent again (docs/SYNC.md). {@code legalLabel}:
 * the number in the bill's series (tax invoice, bill of supply) as the server gave it, null before.
 */
public record BillView(String id, String localLabel, Long serverNumber, BillStatus status, String syncState,
                       long clientCreatedAt, String cashier, String customerName, List<Item> items,
                       List<Tender> payments, long subtotal, long tax, long total, long paid, long changeDue,
                       String voidReason, List<Long> earlierServerNumbers, String legalLabel, Terms terms,
                       CreditNote creditNote, Vouched vouched) {

    /** Other tills' store-credit notes the bill took unchecked and who vouched for them (display name). */
    public record Vouched(List<String> notes, String approver) {
    }

    /** The same bill with the notes a supervisor vouched for. */
    public BillView withVouched(Vouched v) {
        return new BillView(id, localLabel, serverNumber, status, syncState, clientCreatedAt, cashier, customerName, items,
                payments, subtotal, tax, total, paid, changeDue, voidReason, earlierServerNumbers, legalLabel, terms, creditNote, v);
    }

    /** A store-credit note this bill (an exchange) left the customer: printed on its receipt. */
    public record CreditNote(String label, long amount) {
    }

    /** A bill that left no store-credit note. */
    public BillView(String id, String localLabel, Long serverNumber, BillStatus status, String syncState,
                    long clientCreatedAt, String cashier, String customerName, List<Item> items,
                    List<Tender> payments, long subtotal, long tax, long total, long paid, long changeDue,
                    String voidReason, List<Long> earlierServerNumbers, String legalLabel, Terms terms) {
        this(id, localLabel, serverNumber, status, syncState, clientCreatedAt, cashier, customerName, items, payments,
                subtotal, tax, total, paid, changeDue, voidReason, earlierServerNumbers, legalLabel, terms, null, null);
    }

    /** The same bill with the note it left. */
    public BillView withCreditNote(CreditNote note) {
        return new BillView(id, localLabel, serverNumber, status, syncState, clientCreatedAt, cashier, customerName, items,
                payments, subtotal, tax, total, paid, changeDue, voidReason, earlierServerNumbers, legalLabel, terms, note, vouched);
    }

    /** A bill whose legal number in its series is not known here, stored before discounts, tax tables and rounding. */
    public BillView(String id, String localLabel, Long serverNumber, BillStatus status, String syncState,
                    long clientCreatedAt, String cashier, String customerName, List<Item> items,
                    List<Tender> payments, long subtotal, long tax, long total, long paid, long changeDue,
                    String voidReason, List<Long> earlierServerNumbers) {
        this(id, localLabel, serverNumber, status, syncState, clientCreatedAt, cashier, customerName, items, payments,
                subtotal, tax, total, paid, changeDue, voidReason, earlierServerNumbers, null, Terms.NONE);
    }

    /** A bill without discounts, tax table or rounding. */
    public BillView(String id, String localLabel, Long serverNumber, BillStatus status, String syncState,
                    long clientCreatedAt, String cashier, String customerName, List<Item> items,
                    List<Tender> payments, long subtotal, long tax, long total, long paid, long changeDue,
                    String voidReason, List<Long> earlierServerNumbers, String legalLabel) {
        this(id, localLabel, serverNumber, status, syncState, clientCreatedAt, cashier, customerName, items, payments,
                subtotal, tax, total, paid, changeDue, voidReason, earlierServerNumbers, legalLabel, Terms.NONE);
    }

    /** A bill whose legal number in its series is not known here. */
    public BillView(String id, String localLabel, Long serverNumber, BillStatus status, String syncState,
                    long clientCreatedAt, String cashier, String customerName, List<Item> items,
                    List<Tender> payments, long subtotal, long tax, long total, long paid, long changeDue,
                    String voidReason, List<Long> earlierServerNumbers, Terms terms) {
        this(id, localLabel, serverNumber, status, syncState, clientCreatedAt, cashier, customerName, items, payments,
                subtotal, tax, total, paid, changeDue, voidReason, earlierServerNumbers, null, terms);
    }

    /** What the bill took off and how its tax and rounding came out: {@code billDiscount} describes it ("10%"). */
    public record Terms(long discountTotal, String billDiscount, long rounding, List<TaxRow> taxes) {
        public static final Terms NONE = new Terms(0, null, 0, List.of());
    }

    /** One row of the bill's tax table. */
    public record TaxRow(int rateBp, long taxable, long tax) {
    }

    /** A bill that kept its first legal number (almost every bill). */
    public BillView(String id, String localLabel, Long serverNumber, BillStatus status, String syncState,
                    long clientCreatedAt, String cashier, String customerName, List<Item> items,
                    List<Tender> payments, long subtotal, long tax, long total, long paid, long changeDue,
                    String voidReason) {
        this(id, localLabel, serverNumber, status, syncState, clientCreatedAt, cashier, customerName, items, payments,
                subtotal, tax, total, paid, changeDue, voidReason, List.of());
    }

    /** {@code quantity} in grams when {@code weighed}; {@code discount} all taken off the line (its own and its share). */
    public record Item(int lineNo, String sku, String name, long quantity, long unitPrice, int taxRateBp,
                       long subtotal, long tax, long total, long discount, boolean weighed, boolean taxInclusive,
                       Long listPrice, String reason) {
        public Item(int lineNo, String sku, String name, long quantity, long unitPrice, int taxRateBp,
                    long subtotal, long tax, long total) {
            this(lineNo, sku, name, quantity, unitPrice, taxRateBp, subtotal, tax, total, 0, false, false, null, null);
        }
    }

    public boolean isVoid() {
        return status == BillStatus.VOIDED;
    }

    public String serverNumberText() {
        return serverNumber == null ? "-" : String.valueOf(serverNumber);
    }
}
