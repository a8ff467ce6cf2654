package shopdesk.client.sale;

import java.util.ArrayList;
import java.util.List;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.RowTableModel;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.money.Money;

/**
 * The rung-up lines as a table: number, SKU, item (with its discount), quantity (kg for weighed items), price
 * ("*" when overridden), tax rate ("incl" when the price includes it), line total after all discounts.
 */
public final class SaleLineTableModel extends RowTableModel<SaleLineTableModel.Row> {
    private final List<String> columns = List.of("#", Messages.get("sale.col.sku"), Messages.get("sale.col.item"),
            Messages.get("sale.col.qty"), Messages.get("sale.col.price"), Messages.get("sale.col.tax"),
            Messages.get("sale.col.total"));

    /** A line as shown: its number on the bill and its total after every discount. */
    public record Row(long number, SaleLine line, long total) {
    }

    /** The lines with their totals after every discount (a bill discount's share included). */
    public void showLines(List<SaleLine> lines, List<BillCalculator.LineTotals> totals) {
        List<Row> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SaleLine l = lines.get(i);
            rows.add(new Row(i + 1, l, i < totals.size() ? totals.get(i).total() : l.totals().total()));
        }
        show(rows);
    }

    @Override
    protected List<String> columns() {
        return columns;
    }

    @Override
    public Class<?> getColumnClass(int columnIndex) {
        return columnIndex == 0 ? Long.class : String.class;
    }

    @Override
    protected Object value(Row row, int col) {
        SaleLine l = row.line();
        return switch (col) {
            case 0 -> row.number();
            case 1 -> l.product().sku();
            case 2 -> l.product().name() + (l.discount() == null ? "" : "  (-" + l.discount().describe() + ")");
            case 3 -> SaleInputs.quantity(l.quantity(), l.product().soldByWeight());
            case 4 -> (l.price() == null ? "" : "* ") + Money.format(l.unitPrice()) + (l.product().soldByWeight() ? "/kg" : "");
            case 5 -> Money.rate(l.product().taxRateBp()) + (l.product().taxInclusive() ? " " + Messages.get("sale.col.inclusive") : "");
            default -> Money.format(row.total());
        };
    }
}
