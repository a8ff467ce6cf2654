package shopdesk.client.catalog;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.money.Money;
import shopdesk.dal.stock.StockQuantity;

public final class ProductTableModel extends AbstractTableModel {
    private static final String[] COLUMNS = {"product.col.sku", "product.col.barcode", "product.col.name", "product.col.price",
        "product.col.tax", "product.col.stock", "product.col.lowAt"};
    private List<ProductView> rows = List.of();

    public void show(List<ProductView> rows) {
        this.rows = List.copyOf(rows);
        fireTableDataChanged();
    }

    public ProductView row(int i) {
        return rows.get(i);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int c) {
        return Messages.get(COLUMNS[c]);
    }

    @Override
    public Object getValueAt(int r, int c) {
        ProductView p = rows.get(r);
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
