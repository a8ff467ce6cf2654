package shopdesk.client.sync;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.dal.money.Money;

/**
 * A sync entry's recorded error in plain words, with what happened and what to do for a bill refused over a
 * store-credit note: spent first by another till (STORE_CREDIT_EXCEEDED), unknown to the server
 * (UNKNOWN_STORE_CREDIT), or waiting for the till that issued it (STORE_CREDIT_NOT_YET_KNOWN, and the same after
 * the till stopped waiting). Any other error is {@link PlainMessages#plain}.
 */
public final class NoteErrorWords {
    static final String EXCEEDED = "STORE_CREDIT_EXCEEDED";
    static final String UNKNOWN = "UNKNOWN_STORE_CREDIT";
    static final String NOT_YET = "STORE_CREDIT_NOT_YET_KNOWN";
    // the server's texts: "... store credit T1-C000001, which ..." and "... which has only 500 left ..."
    private static final Pattern NOTE = Pattern.compile("store credit (\\S+?),");
    private static final Pattern LEFT = Pattern.compile("has only (\\d+) left");

    private NoteErrorWords() {
    }

    public static String plain(String recorded) {
        if (recorded == null || recorded.isBlank()) return "";
        String note = find(NOTE, recorded);
        if (recorded.contains(NOT_YET + ":")) {
            String till = note == null || note.lastIndexOf("-C") <= 0 ? "?" : note.substring(0, note.lastIndexOf("-C"));
            return Messages.get(recorded.startsWith(NOT_YET) ? "sync.note.waiting" : "sync.note.gaveUp", label(note), till);
        }
        if (recorded.startsWith(UNKNOWN + ":")) return Messages.get("sync.note.unknown", label(note));
        if (recorded.startsWith(EXCEEDED + ":")) {
            String left = find(LEFT, recorded);
            return Messages.get("sync.note.exceeded", label(note), Money.format(left == null ? 0 : Long.parseLong(left)));
        }
        return PlainMessages.plain(recorded);
    }

    /** Whether the entry waits for the till that issued a note (sent again by itself; nothing to do). */
    public static boolean waitsForNote(String recorded) {
        return recorded != null && recorded.startsWith(NOT_YET + ":");
    }

    private static String label(String note) {
        return note == null ? "?" : note;
    }

    private static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
