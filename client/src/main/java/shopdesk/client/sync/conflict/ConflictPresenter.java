package shopdesk.client.sync.conflict;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.session.SessionHolder;
import shopdesk.client.sync.ConflictInfo;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.QueueEntry;
import shopdesk.client.sync.SyncPort;
import shopdesk.dal.auth.Resolution;
import shopdesk.dal.auth.RoleMatrix;

/**
 * The conflict dialog's logic: both versions field by field with differences marked, the choices that fit
 * the conflict's kind, what each will do in plain words, and the resolution itself (supervisors only).
 */
public final class ConflictPresenter {
    /** Bookkeeping fields the supervisor never merges by hand. */
    private static final Set<String> HIDDEN = Set.of("id", "version", "deleted");

    private final SyncPort sync;
    private final SessionHolder sessions;
    private final EntryDetail detail;
    private final JsonObject mine;
    private final List<FieldDifference> fields;
    private ConflictChoice choice;
    private String message = "";

    public ConflictPresenter(SyncPort sync, SessionHolder sessions, EntryDetail detail) {
        if (detail.conflict() == null) throw new IllegalArgumentException("Entry " + detail.entry().seq() + " has no conflict");
        this.sync = sync;
        this.sessions = sessions;
        this.detail = detail;
        this.mine = parse(detail.currentJson() != null ? detail.currentJson() : detail.payloadJson());
        this.fields = new ArrayList<>(compare(mine, detail.conflict().serverState()));
        this.choice = choices().get(0);
    }

    public EntryDetail detail() {
        return detail;
    }

    public boolean isStock() {
        return detail.conflict().kind() == ConflictInfo.Kind.STOCK;
    }

    public String title() {
        QueueEntry e = detail.entry();
        String what = e.entityType() + " " + firstOf("localLabel", "name", "sku").orElse(shortId(e.entityId()));
        return (isStock() ? "Not enough stock on the server for " : "Changed on the server meanwhile: ") + what;
    }

    public String serverMessage() {
        return detail.conflict().message() == null ? "" : detail.conflict().message();
    }

    /** VERSION conflicts: keep mine, take theirs, merge, discard. STOCK conflicts on a bill: void, reduce, override. */
    public List<ConflictChoice> choices() {
        return isStock()
                ? List.of(ConflictChoice.VOID_AND_RESTORE, ConflictChoice.REDUCE_QUANTITIES, ConflictChoice.SUPERVISOR_OVERRIDE)
                : List.of(ConflictChoice.KEEP_MINE, ConflictChoice.TAKE_THEIRS, ConflictChoice.MERGE, ConflictChoice.DISCARD);
    }

    public void choose(ConflictChoice c) {
        if (!choices().contains(c)) throw new IllegalArgumentException(c + " does not fit this conflict");
        choice = c;
    }

    public ConflictChoice choice() {
        return choice;
    }

    public String explanation() {
        String text = choice.explanation();
        if (choice == ConflictChoice.REDUCE_QUANTITIES) {
            StringBuilder b = new StringBuilder(text);
            for (var s : detail.conflict().shortfalls()) {
                b.append("\n").append(s.sku()).append(": ").append(s.requested()).append(" -> ").append(Math.max(0, s.available()));
            }
            return b.toString();
        }
        return text;
    }

    public List<FieldDifference> fields() {
        return List.copyOf(fields);
    }

    public List<ConflictInfo.Shortfall> shortfalls() {
        return detail.conflict().shortfalls() == null ? List.of() : detail.conflict().shortfalls();
    }

    /** Merge: pick this field's value from my side (true) or the server's (false). */
    public void takeMine(String field, boolean v) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).field().equals(field)) fields.set(i, fields.get(i).withTakeMine(v));
        }
    }

    public boolean canResolve() {
        return sessions.current().map(s -> RoleMatrix.allows(s.role(), Resolution.FORCE_PUSH)).orElse(false);
    }

    /** Applies the chosen resolution; false with {@link #message()} when it could not. */
    public boolean resolve(String reason) {
        if (!canResolve()) {
            message = "Only a supervisor can resolve a conflict";
            return false;
        }
        if (reason == null || reason.isBlank()) {
            message = "Say why (the reason is kept in the audit trail)";
            return false;
        }
        var actor = sessions.require().actor();
        long seq = detail.entry().seq();
        String why = reason.trim();
        try {
            switch (choice) {
                case KEEP_MINE -> sync.keepMine(actor, seq, null, why);
                case TAKE_THEIRS -> sync.takeTheirs(actor, seq, why);
                case MERGE -> sync.keepMine(actor, seq, merged(), why);
                case DISCARD -> sync.discard(actor, seq, why);
                case VOID_AND_RESTORE -> sync.voidBillAndRestore(actor, seq, why);
                case REDUCE_QUANTITIES -> sync.reduceQuantities(actor, seq, reducedQuantities(), why);
                case SUPERVISOR_OVERRIDE -> sync.overrideStock(actor, seq, why);
            }
            message = choice.label() + " done";
            return true;
        } catch (RuntimeException e) {
            message = PlainMessages.forFailure("The conflict was not resolved", e);
            return false;
        }
    }

    /** My payload with every field the supervisor left on "theirs" replaced by the server's value. */
    public JsonObject merged() {
        JsonObject out = mine.deepCopy();
        JsonObject theirs = detail.conflict().serverState();
        for (FieldDifference f : fields) {
            if (!f.takeMine() && theirs != null && theirs.has(f.field())) out.add(f.field(), theirs.get(f.field()).deepCopy());
        }
        return out;
    }

    /** Each short product cut to what the server has (never below zero). */
    public Map<String, Long> reducedQuantities() {
        Map<String, Long> q = new LinkedHashMap<>();
        for (var s : shortfalls()) q.put(s.productId(), Math.max(0, s.available()));
        return q;
    }

    public String message() {
        return message;
    }

    static List<FieldDifference> compare(JsonObject mine, JsonObject theirs) {
        Set<String> names = new LinkedHashSet<>(mine.keySet());
        if (theirs != null) names.addAll(theirs.keySet());
        List<FieldDifference> out = new ArrayList<>();
        for (String n : names) {
            if (HIDDEN.contains(n)) continue;
            String a = text(mine.get(n));
            String b = theirs == null ? "" : text(theirs.get(n));
            boolean differs = !Objects.equals(a, b);
            out.add(new FieldDifference(n, a, b, differs, differs));
        }
        return out;
    }

    private static String text(JsonElement e) {
        if (e == null || e.isJsonNull()) return "";
        return e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) return new JsonObject();
        JsonElement e = JsonParser.parseString(json);
        return e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    }

    /** The first of these fields the entry's payload has: a bill number or a product's name reads better than an id. */
    private java.util.Optional<String> firstOf(String... names) {
        for (String n : names) {
            if (mine.has(n) && mine.get(n).isJsonPrimitive()) return java.util.Optional.of(mine.get(n).getAsString());
        }
        return java.util.Optional.empty();
    }

    private static String shortId(String id) {
        return id == null || id.length() <= 8 ? String.valueOf(id) : id.substring(0, 8);
    }
}
