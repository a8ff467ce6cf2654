package shopdesk.client.bills;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.swing.table.AbstractTableModel;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.money.Money;

/** Bills list rows: local and server numbers side by side, and where each bill stands with the server. */
public final class BillTableModel extends AbstractTableModel {
    private static final String[] COLUMNS = {Messages.get("bills.col.date"), Messages.get("bills.col.local"),
        Messages.get("bills.col.server"), Messages.get("bills.col.customer"), Messages.get("bills.col.total"),
        Messages.get("bills.col.status"), Messages.get("bills.col.sync")};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd MMM HH:mm").withZone(ZoneId.systemDefault());
    private List<BillView> rows = List.of();

    public void show(List<BillView> rows) {
        this.rows = List.copyOf(rows);
        fireTableDataChanged();
    }

    public BillView row(int i) {
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
        return COLUMNS[c];
    }

    @Override
    public Object getValueAt(int r, int c) {
        BillView b = rows.get(r);
        return switch (c) {
            case 0 -> WHEN.format(Instant.ofEpochMilli(b.clientCreatedAt()));
            case 1 -> b.localLabel();
            case 2 -> b.serverNumberText();
            case 3 -> b.customerName() == null ? "" : b.customerName();
            case 4 -> Money.format(b.total());
            case 5 -> b.status();
            default -> b.syncState();
        };
    }
}
