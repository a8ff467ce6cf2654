package shopdesk.client.users;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.user.User;

/** User name, name, role and whether the account may log in. */
final class UserTableModel extends AbstractTableModel {
    private static final String[] COLUMNS = {"users.col.username", "users.col.name", "users.col.role", "users.col.state"};
    private List<User> rows = List.of();

    void show(List<User> users) {
        rows = List.copyOf(users);
        fireTableDataChanged();
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
    public String getColumnName(int column) {
        return Messages.get(COLUMNS[column]);
    }

    @Override
    public Object getValueAt(int row, int column) {
        User u = rows.get(row);
        return switch (column) {
            case 0 -> u.username();
            case 1 -> u.displayName();
            case 2 -> Messages.get("role." + u.role().name().toLowerCase(java.util.Locale.ROOT));
            default -> Messages.get(u.disabled() ? "users.state.disabled" : "users.state.active");
        };
    }
}
