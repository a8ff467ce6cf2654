package shopdesk.dal.stock;

/** A product's stock on this database, with what the UI needs to show it. */
public record StockLevel(String productId, String sku, String name, long quantity, long lowStockLevel, long version) {

    public boolean isLow() {
        return quantity <= lowStockLevel;
    }
}
