package shopdesk.client.sync.centre;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import shopdesk.client.i18n.Messages;
import shopdesk.client.sync.EntryState;
import shopdesk.client.sync.EntryWords;
import shopdesk.client.sync.NoteErrorWords;
import shopdesk.client.sync.QueueEntry;
import shopdesk.client.sync.RejectionTexts;
import shopdesk.client.ui.RowTableModel;

/** The sync centre's entries: what each is, where it stands, how often it was tried and why it failed. */
public final class QueueTableModel extends RowTableModel<QueueEntry> {
    private final List<String> columns = List.of("#", Messages.get("sync.col.created"), Messages.get("sync.col.action"),
            Messages.get("sync.col.what"), Messages.get("sync.col.state"), Messages.get("sync.col.tries"),
            Messages.get("sync.col.lastError"));
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd MMM HH:mm:ss").withZone(ZoneId.systemDefault());
    @Override
    protected List<String> columns() {
        return columns;
    }

    @Override
    protected Object value(QueueEntry e, int c) {
        return switch (c) {
            case 0 -> e.seq();
            case 1 -> WHEN.format(Instant.ofEpochMilli(e.createdAt()));
            case 2 -> EntryWords.action(e.action());
            case 3 -> e.entityName();
            case 4 -> EntryWords.state(e.state());
            case 5 -> e.attempts();
            default -> e.state() == EntryState.CONFLICT ? RejectionTexts.conflictInQueue(e.entityType(), e.lastError())
                    : NoteErrorWords.plain(e.lastError());
        };
    }
}
