package shopdesk.client.returns;

import javax.swing.table.AbstractTableModel;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.returns.OriginalBill;

/** The bill's lines with what comes back: the quantity and restock columns are edited through the presenter. */
final class ReturnLineTableModel extends AbstractTableModel {
    private final String[] columns = {Messages.get("returns.col.item"), Messages.get("returns.col.sold"),
        Messages.get("returns.col.left"), Messages.get("returns.col.return"), Messages.get("returns.col.restock")};
    private final ReturnPresenter presenter;
    private final Runnable changed;

    ReturnLineTableModel(ReturnPresenter presenter, Runnable changed) {
        this.presenter = presenter;
        this.changed = changed;
    }

    @Override
    public int getRowCount() {
        return presenter.lines().size();
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
    public Class<?> getColumnClass(int column) {
        return column == 4 ? Boolean.class : column == 0 ? String.class : Long.class;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column >= 3;
    }

    @Override
    public Object getValueAt(int row, int column) {
        OriginalBill.Line l = presenter.lines().get(row);
        return switch (column) {
            case 0 -> l.name();
            case 1 -> l.quantity();
            case 2 -> l.left();
            case 3 -> presenter.quantity(l.lineNo());
            default -> presenter.restock(l.lineNo());
        };
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        OriginalBill.Line l = presenter.lines().get(row);
        if (column == 3) presenter.setQuantity(l.lineNo(), String.valueOf(value));
        if (column == 4) presenter.setRestock(l.lineNo(), Boolean.TRUE.equals(value));
        changed.run();
    }
}
