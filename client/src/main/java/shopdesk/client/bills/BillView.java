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
                       String voidReason, List<Long> earlierServerNumbers, String legalLabel) {

    /** A bill whose legal number in its series is not known here. */
    public BillView(String id, String localLabel, Long serverNumber, BillStatus status, String syncState,
                    long clientCreatedAt, String cashier, String customerName, List<Item> items,
                    List<Tender> payments, long subtotal, long tax, long total, long paid, long changeDue,
                    String voidReason, List<Long> earlierServerNumbers) {
        this(id, localLabel, serverNumber, status, syncState, clientCreatedAt, cashier, customerName, items, payments,
                subtotal, tax, total, paid, changeDue, voidReason, earlierServerNumbers, null);
    }

    /** A bill that kept its first legal number (almost every bill). */
    public BillView(String id, String localLabel, Long serverNumber, BillStatus status, String syncState,
                    long clientCreatedAt, String cashier, String customerName, List<Item> items,
                    List<Tender> payments, long subtotal, long tax, long total, long paid, long changeDue,
                    String voidReason) {
        this(id, localLabel, serverNumber, status, syncState, clientCreatedAt, cashier, customerName, items, payments,
                subtotal, tax, total, paid, changeDue, voidReason, List.of());
    }

    public record Item(int lineNo, String sku, String name, long quantity, long unitPrice, int taxRateBp,
                       long subtotal, long tax, long total) {
    }

    public boolean isVoid() {
        return status == BillStatus.VOIDED;
    }

    public String serverNumberText() {
        return serverNumber == null ? "-" : String.valueOf(serverNumber);
    }
}
