package shopdesk.client.bills;

import java.util.List;
import shopdesk.client.sale.Tender;

/**
 * A recorded bill as the till shows it: the local number printed at once, the server's legal number once
 * synced, and the sync state. {@code items}/{@code payments} are empty in list rows.
 */
public record BillView(String id, String localLabel, Long serverNumber, String status, String syncState,
                       long clientCreatedAt, String cashier, String customerName, List<Item> items,
                       List<Tender> payments, long subtotal, long tax, long total, long paid, long changeDue,
                       String voidReason) {

    public record Item(int lineNo, String sku, String name, long quantity, long unitPrice, int taxRateBp,
                       long subtotal, long tax, long total) {
    }

    public boolean isVoid() {
        return "VOID".equalsIgnoreCase(status) || "VOIDED".equalsIgnoreCase(status);
    }

    public String serverNumberText() {
        return serverNumber == null ? "-" : String.valueOf(serverNumber);
    }
}
