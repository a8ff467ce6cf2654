package shopdesk.client.bills;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.RowTableModel;
import shopdesk.dal.money.Money;

/** Bills list rows: local and server numbers side by side, and where each bill stands with the server. */
public final class BillTableModel extends RowTableModel<BillView> {
    private final List<String> columns = List.of(Messages.get("bills.col.date"), Messages.get("bills.col.local"),
            Messages.get("bills.col.server"), Messages.get("bills.col.customer"), Messages.get("bills.col.total"),
            Messages.get("bills.col.status"), Messages.get("bills.col.sync"));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd MMM HH:mm").withZone(ZoneId.systemDefault());
    @Override
    protected List<String> columns() {
        return columns;
    }

    /** A bill's sync state in the till's language; a state this till does not know keeps its name. */
    public static String syncWords(String state) {
        if (state == null) return "";
        for (var s : shopdesk.dal.bill.BillSyncState.values()) {
            if (s.name().equals(state)) return Messages.get("bills.sync." + state);
        }
        return state;
    }

    @Override
    protected Object value(BillView b, int c) {
        return switch (c) {
            case 0 -> WHEN.format(Instant.ofEpochMilli(b.clientCreatedAt()));
            case 1 -> b.localLabel();
            case 2 -> b.serverNumberText();
            case 3 -> b.customerName() == null ? "" : b.customerName();
            case 4 -> Money.format(b.total());
            case 5 -> b.status() == null ? "" : Messages.get("bills.status." + b.status().name());
            default -> syncWords(b.syncState());
        };
    }
}
