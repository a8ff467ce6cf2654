package shopdesk.client.sale;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import shopdesk.dal.money.Money;

/** The rung-up lines as a table: number, SKU, item, quantity, price, tax rate, line total. */
public final class SaleLineTableModel extends AbstractTableModel {
    private static final String[] COLUMNS = {"#", "SKU", "Item", "Qty", "Price", "Tax", "Total"};
    private List<SaleLine> lines = List.of();

    public void show(List<SaleLine> lines) {
        this.lines = List.copyOf(lines);
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return lines.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Class<?> getColumnClass(int columnIndex) {
        return columnIndex == 0 || columnIndex == 3 ? Long.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int col) {
        SaleLine l = lines.get(row);
        return switch (col) {
            case 0 -> (long) row + 1;
            case 1 -> l.product().sku();
            case 2 -> l.product().name();
            case 3 -> l.quantity();
            case 4 -> Money.format(l.product().unitPrice());
            case 5 -> Money.rate(l.product().taxRateBp());
            default -> Money.format(l.totals().total());
        };
    }
}
