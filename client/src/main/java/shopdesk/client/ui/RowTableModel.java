package shopdesk.client.ui;

import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * A read-only table of one record per row: subclasses name the columns and say what each shows, the rows and
 * their refresh live here once.
 */
public abstract class RowTableModel<T> extends AbstractTableModel {
    private List<T> rows = List.of();

    /** Column headings, in the language of the screen when it was built. */
    protected abstract List<String> columns();

    /** What {@code column} shows for {@code row}. */
    protected abstract Object value(T row, int column);

    public void show(List<? extends T> rows) {
        this.rows = List.copyOf(rows);
        fireTableDataChanged();
    }

    public T row(int index) {
        return rows.get(index);
    }

    public List<T> rows() {
        return rows;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns().size();
    }

    @Override
    public String getColumnName(int column) {
        return columns().get(column);
    }

    @Override
    public Object getValueAt(int row, int column) {
        return value(rows.get(row), column);
    }
}
