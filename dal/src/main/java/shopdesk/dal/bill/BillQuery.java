package shopdesk.dal.bill;

import shopdesk.protocol.BillStatus;

/**
 * Filters of the bills list; null means "any". {@code text} matches a bill number (local label such as
 * T1-000012, or the server number) or a customer's name.
 */
public record BillQuery(String shopId, Long fromMillis, Long toMillis, BillStatus status, String text) {

    public static BillQuery all(String shopId) {
        return new BillQuery(shopId, null, null, null, null);
    }
}
