package shopdesk.client.sync.centre;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.EntryWords;
import shopdesk.client.sync.NoteErrorWords;
import shopdesk.client.sync.QueueEntry;

/** The sync centre's detail of one entry as text: what it is, where it stands, why, and what was sent. No Swing. */
final class EntryDetailText {
    private EntryDetailText() {
    }

    /** Entry, state, what holds it back, its error in plain words, the conflict, every attempt and the payload. */
    static String describe(EntryDetail d) {
        StringBuilder b = new StringBuilder();
        QueueEntry e = d.entry();
        b.append("Entry ").append(e.seq()).append("  ").append(e.action()).append("  ").append(EntryWords.name(d))
                .append("\nState: ").append(e.state()).append("   base version: ").append(d.baseVersion()).append('\n');
        if (!d.heldBackBy().isEmpty()) {
            b.append("Held back until these are sent or resolved:\n");
            for (String h : d.heldBackBy()) b.append("  ").append(h).append('\n');
        }
        if (e.lastError() != null) b.append("Error: ").append(NoteErrorWords.plain(e.lastError())).append('\n');
        if (d.conflict() != null) {
            b.append("Conflict (").append(d.conflict().kind()).append("): ").append(d.conflict().message()).append('\n');
        }
        b.append("\nAttempts:\n");
        for (var a : d.attempts()) {
            b.append("  ").append(QueueTableModel.WHEN.format(java.time.Instant.ofEpochMilli(a.at()))).append("  ")
                    .append(a.outcome()).append(a.httpStatus() == null ? "" : " HTTP " + a.httpStatus())
                    .append(a.error() == null ? "" : "  " + NoteErrorWords.plain(a.error())).append('\n');
        }
        b.append("\nPayload:\n").append(pretty(d.payloadJson()));
        return b.toString();
    }

    private static String pretty(String json) {
        try {
            return new GsonBuilder().setPrettyPrinting().create().toJson(JsonParser.parseString(json));
        } catch (RuntimeException ex) {
            return json;
        }
    }
}
