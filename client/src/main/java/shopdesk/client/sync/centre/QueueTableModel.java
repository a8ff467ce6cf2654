package shopdesk.client.sync.centre;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.swing.table.AbstractTableModel;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.sync.QueueEntry;

public final class QueueTableModel extends AbstractTableModel {
    private static final String[] COLUMNS = {"#", Messages.get("sync.col.created"), Messages.get("sync.col.action"),
        Messages.get("sync.col.what"), Messages.get("sync.col.state"), Messages.get("sync.col.tries"), Messages.get("sync.col.lastError")};
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd MMM HH:mm:ss").withZone(ZoneId.systemDefault());
    private List<QueueEntry> rows = List.of();

    public void show(List<QueueEntry> rows) {
        this.rows = List.copyOf(rows);
        fireTableDataChanged();
    }

    public QueueEntry row(int i) {
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
        QueueEntry e = rows.get(r);
        return switch (c) {
            case 0 -> e.seq();
            case 1 -> WHEN.format(Instant.ofEpochMilli(e.createdAt()));
            case 2 -> e.action();
            case 3 -> e.entityName();
            case 4 -> e.state().name();
            case 5 -> e.attempts();
            default -> PlainMessages.plain(e.lastError());
        };
    }
}
