package shopdesk.client.returns;

import java.util.List;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.RowTableModel;
import shopdesk.dal.returns.OriginalBill;

/**
 * The bill's lines with what comes back: the quantity and restock columns are edited through the presenter. A
 * weighed line's quantities show as kg ("1.25 kg"), a counted line's as a count.
 */
final class ReturnLineTableModel extends RowTableModel<OriginalBill.Line> {
    private final List<String> columns = List.of(Messages.get("returns.col.item"), Messages.get("returns.col.sold"),
            Messages.get("returns.col.left"), Messages.get("returns.col.return"), Messages.get("returns.col.restock"));
    private final ReturnPresenter presenter;
    private final Runnable changed;

    ReturnLineTableModel(ReturnPresenter presenter, Runnable changed) {
        this.presenter = presenter;
        this.changed = changed;
    }

    @Override
    protected List<String> columns() {
        return columns;
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 4 ? Boolean.class : String.class;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column >= 3;
    }

    @Override
    protected Object value(OriginalBill.Line l, int column) {
        // without the bill nothing was sold here: those two columns show a dash
        return switch (column) {
            case 0 -> l.name();
            case 1 -> presenter.withoutBill() ? "-" : ReturnQuantity.shown(l.quantity(), l.weighed());
            case 2 -> presenter.withoutBill() ? "-" : ReturnQuantity.shown(l.left(), l.weighed());
            case 3 -> presenter.quantityText(l.lineNo());
            default -> presenter.restock(l.lineNo());
        };
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        OriginalBill.Line l = row(row);
        if (column == 3) presenter.setQuantity(l.lineNo(), String.valueOf(value));
        if (column == 4) presenter.setRestock(l.lineNo(), Boolean.TRUE.equals(value));
        changed.run();
    }
}
