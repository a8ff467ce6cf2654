package shopdesk.client.users;

import java.util.List;
import java.util.Locale;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.RowTableModel;
import shopdesk.dal.user.User;

/** User name, name, role and whether the account may log in. */
final class UserTableModel extends RowTableModel<User> {
    private final List<String> columns = List.of(Messages.get("users.col.username"), Messages.get("users.col.name"),
            Messages.get("users.col.role"), Messages.get("users.col.state"));

    @Override
    protected List<String> columns() {
        return columns;
    }

    @Override
    protected Object value(User u, int column) {
        return switch (column) {
            case 0 -> u.username();
            case 1 -> u.displayName();
            case 2 -> Messages.get("role." + u.role().name().toLowerCase(Locale.ROOT));
            default -> Messages.get(u.disabled() ? "users.state.disabled" : "users.state.active");
        };
    }
}
