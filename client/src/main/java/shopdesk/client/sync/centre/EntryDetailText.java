package shopdesk.client.sync.centre;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import shopdesk.client.i18n.Messages;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.EntryWords;
import shopdesk.client.sync.NoteErrorWords;
import shopdesk.client.sync.QueueEntry;
import shopdesk.client.sync.RejectionTexts;

/** The sync centre's detail of one entry as text: what it is, where it stands, why, and what was sent. No Swing. */
final class EntryDetailText {
    private EntryDetailText() {
    }

    /** Entry, state, what holds it back, its error in plain words, the conflict, every attempt and the payload. */
    static String describe(EntryDetail d) {
        StringBuilder b = new StringBuilder();
        QueueEntry e = d.entry();
        line(b, Messages.get("sync.detail.entry", String.valueOf(e.seq()), EntryWords.action(e.action()), e.action(), EntryWords.name(d)));
        line(b, Messages.get("sync.detail.state", EntryWords.state(e.state()), String.valueOf(d.baseVersion())));
        if (!d.heldBackBy().isEmpty()) {
            line(b, Messages.get("sync.detail.heldBack"));
            for (String h : d.heldBackBy()) line(b, "  " + h);
        }
        if (e.lastError() != null) {
            String plain = NoteErrorWords.plain(e.lastError());
            line(b, Messages.get("sync.detail.error", plain));
            // a refusal shown in the till's own words (Hindi) keeps the server's detail beside it
            String serverSaid = RejectionTexts.detail(e.lastError());
            if (RejectionTexts.code(e.lastError()).isPresent() && !plain.contains(serverSaid)) {
                line(b, Messages.get("sync.detail.serverSaid", serverSaid));
            }
        }
        if (d.conflict() != null) {
            line(b, Messages.get("sync.detail.conflict", String.valueOf(d.conflict().kind()), RejectionTexts.conflict(d.conflict())));
        }
        b.append('\n');
        line(b, Messages.get("sync.detail.attempts"));
        for (var a : d.attempts()) {
            line(b, "  " + QueueTableModel.WHEN.format(java.time.Instant.ofEpochMilli(a.at())) + "  " + a.outcome()
                    + (a.httpStatus() == null ? "" : " HTTP " + a.httpStatus())
                    + (a.error() == null ? "" : "  " + NoteErrorWords.plain(a.error())));
        }
        b.append('\n');
        line(b, Messages.get("sync.detail.payload"));
        b.append(pretty(d.payloadJson()));
        return b.toString();
    }

    private static void line(StringBuilder b, String text) {
        b.append(text).append('\n');
    }

    private static String pretty(String json) {
        try {
            return new GsonBuilder().setPrettyPrinting().create().toJson(JsonParser.parseString(json));
        } catch (RuntimeException ex) {
            return json;
        }
    }
}
