package shopdesk.client.sale;

import java.util.List;

/** What the till asks the SalesPort to record as one bill. */
public record SaleRequest(String customerId, List<Item> items, List<Tender> payments, String overrideUserId) {

    public record Item(String productId, long quantity) {
    }

    public static SaleRequest of(Sale sale, String overrideUserId) {
        return new SaleRequest(sale.customer().map(c -> c.id()).orElse(null),
                sale.lines().stream().map(l -> new Item(l.product().id(), l.quantity())).toList(),
                sale.tenders(), overrideUserId);
    }
}
