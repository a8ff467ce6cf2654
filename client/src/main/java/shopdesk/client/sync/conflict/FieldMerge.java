package shopdesk.client.sync.conflict;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import shopdesk.client.sync.EntryWords;

/**
 * A version conflict field by field: both sides (and the base they started from, when known) compared, and the
 * merge of the fields a supervisor left on "mine" with the rest taken from the server.
 */
final class FieldMerge {
    /** Bookkeeping fields the supervisor never merges by hand. */
    private static final Set<String> HIDDEN = Set.of("id", "version", "deleted");

    private FieldMerge() {
    }

    /**
     * Field by field: base (null when unknown), mine and theirs. With a base, a differing field starts on "use mine"
     * only when this till changed it, so a merge keeps the server's changes and this till's; without one, every
     * differing field starts on mine, as before.
     */
    static List<FieldDifference> compare(JsonObject base, JsonObject mine, JsonObject theirs) {
        Set<String> names = new LinkedHashSet<>(mine.keySet());
        if (theirs != null) names.addAll(theirs.keySet());
        List<FieldDifference> out = new ArrayList<>();
        for (String n : names) {
            if (HIDDEN.contains(n)) continue;
            String a = text(mine.get(n));
            String b = theirs == null ? "" : text(theirs.get(n));
            boolean differs = !Objects.equals(a, b);
            boolean here = base != null && !Objects.equals(text(base.get(n)), a);
            boolean there = base != null && theirs != null && !Objects.equals(text(base.get(n)), b);
            boolean takeMine = differs && (base == null || here);
            out.add(new FieldDifference(n, EntryWords.label(n), base == null ? "" : EntryWords.value(n, base.get(n)),
                    EntryWords.value(n, mine.get(n)), theirs == null ? "" : EntryWords.value(n, theirs.get(n)), differs,
                    takeMine, here, there));
        }
        return out;
    }

    /** {@code mine} with every field left on "theirs" replaced by the server's value. */
    static JsonObject merged(JsonObject mine, JsonObject theirs, List<FieldDifference> fields) {
        JsonObject out = mine.deepCopy();
        for (FieldDifference f : fields) {
            if (!f.takeMine() && theirs != null && theirs.has(f.field())) out.add(f.field(), theirs.get(f.field()).deepCopy());
        }
        return out;
    }

    /** A stored payload as an object; blank or not an object: an empty one. */
    static JsonObject parse(String json) {
        if (json == null || json.isBlank()) return new JsonObject();
        JsonElement e = JsonParser.parseString(json);
        return e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    }

    private static String text(JsonElement e) {
        if (e == null || e.isJsonNull()) return "";
        return e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }
}
