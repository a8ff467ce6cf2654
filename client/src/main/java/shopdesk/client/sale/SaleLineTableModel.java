package shopdesk.client.sale;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.money.Money;

/**
 * The rung-up lines as a table: number, SKU, item (with its discount), quantity (kg for weighed items), price
 * ("*" when overridden), tax rate ("incl" when the price includes it), line total after all discounts.
 */
public final class SaleLineTableModel extends AbstractTableModel {
    private final String[] columns = {"#", Messages.get("sale.col.sku"), Messages.get("sale.col.item"),
        Messages.get("sale.col.qty"), Messages.get("sale.col.price"), Messages.get("sale.col.tax"), Messages.get("sale.col.total")};
    private List<SaleLine> lines = List.of();
    private List<BillCalculator.LineTotals> totals = List.of();

    public void show(List<SaleLine> lines) {
        show(lines, BillCalculator.totals(lines.stream().map(SaleLine::calcLine).toList()).lines());
    }

    /** The lines with their totals after every discount (a bill discount's share included). */
    public void show(List<SaleLine> lines, List<BillCalculator.LineTotals> totals) {
        this.lines = List.copyOf(lines);
        this.totals = List.copyOf(totals);
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return lines.size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int column) {
        return columns[column];
    }

    @Override
    public Class<?> getColumnClass(int columnIndex) {
        return columnIndex == 0 ? Long.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int col) {
        SaleLine l = lines.get(row);
        return switch (col) {
            case 0 -> (long) row + 1;
            case 1 -> l.product().sku();
            case 2 -> l.product().name() + (l.discount() == null ? "" : "  (-" + l.discount().describe() + ")");
            case 3 -> SaleInputs.quantity(l.quantity(), l.product().soldByWeight());
            case 4 -> (l.price() == null ? "" : "* ") + Money.format(l.unitPrice()) + (l.product().soldByWeight() ? "/kg" : "");
            case 5 -> Money.rate(l.product().taxRateBp()) + (l.product().taxInclusive() ? " " + Messages.get("sale.col.inclusive") : "");
            default -> Money.format(row < totals.size() ? totals.get(row).total() : l.totals().total());
        };
    }
}
