package shopdesk.dal.bill;

public record BillItem(int lineNo, String productId, String sku, String name, long quantity, long unitPrice,
                       int taxRateBp, long lineSubtotal, long lineTax, long lineTotal) {
}
