package shopdesk.client.sale;

import java.util.List;
import shopdesk.dal.bill.Discount;

/** What the till asks the SalesPort to record as one bill. */
public record SaleRequest(String customerId, List<Item> items, List<Tender> payments, String overrideUserId,
                          Discount discount, String discountReason, String discountApprovedBy, String noteApprovedBy) {

    public SaleRequest(String customerId, List<Item> items, List<Tender> payments, String overrideUserId) {
        this(customerId, items, payments, overrideUserId, null, null, null, null);
    }

    public SaleRequest(String customerId, List<Item> items, List<Tender> payments, String overrideUserId,
                       Discount discount, String discountReason, String discountApprovedBy) {
        this(customerId, items, payments, overrideUserId, discount, discountReason, discountApprovedBy, null);
    }

    /** {@code price} null: the catalog's; else overridden for {@code reason}. */
    public record Item(String productId, long quantity, Long price, String reason, Discount discount) {
        public Item(String productId, long quantity) {
            this(productId, quantity, null, null, null);
        }
    }

    public static SaleRequest of(Sale sale, String overrideUserId) {
        return of(sale, overrideUserId, null);
    }

    public static SaleRequest of(Sale sale, String overrideUserId, String discountApprovedBy) {
        return of(sale, overrideUserId, discountApprovedBy, null);
    }

    /** {@code noteApprovedBy}: the supervisor who vouched for another till's note taken unchecked, or null. */
    public static SaleRequest of(Sale sale, String overrideUserId, String discountApprovedBy, String noteApprovedBy) {
        return new SaleRequest(sale.customer().map(c -> c.id()).orElse(null),
                sale.lines().stream().map(l -> new Item(l.product().id(), l.quantity(), l.price(), l.reason(), l.discount()))
                        .toList(),
                sale.tenders(), overrideUserId, sale.discount(), sale.discountReason(), discountApprovedBy,
                noteApprovedBy);
    }
}
