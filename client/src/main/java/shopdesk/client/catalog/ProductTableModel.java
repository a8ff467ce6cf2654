package shopdesk.client.catalog;

import java.util.List;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.RowTableModel;
import shopdesk.dal.money.Money;
import shopdesk.dal.stock.StockQuantity;

/** Products with price, tax and stock; weighed products' stock shown in kg. */
public final class ProductTableModel extends RowTableModel<ProductView> {
    private final List<String> columns = List.of("product.col.sku", "product.col.barcode", "product.col.name",
            "product.col.price", "product.col.tax", "product.col.stock", "product.col.lowAt").stream().map(Messages::get).toList();

    @Override
    protected List<String> columns() {
        return columns;
    }

    @Override
    protected Object value(ProductView p, int c) {
        return switch (c) {
            case 0 -> p.sku();
            case 1 -> p.barcode() == null ? "" : p.barcode();
            case 2 -> p.name();
            case 3 -> Money.format(p.unitPrice());
            case 4 -> Money.rate(p.taxRateBp());
            case 5 -> p.soldByWeight() ? StockQuantity.format(p.stock(), true) : p.stock(); // grams shown as kg
            default -> p.soldByWeight() ? StockQuantity.format(p.lowStockLevel(), true) : p.lowStockLevel();
        };
    }
}
