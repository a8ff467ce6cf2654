package shopdesk.dal.auth;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One text per JSON value whatever the order of its keys or its null members: sorted keys, no nulls, no spaces. */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    public static String of(JsonElement e) {
        StringBuilder out = new StringBuilder();
        write(e, out);
        return out.toString();
    }

    private static void write(JsonElement e, StringBuilder out) {
        if (e == null || e.isJsonNull()) {
            out.append("null");
        } else if (e.isJsonObject()) {
            List<Map.Entry<String, JsonElement>> members = new ArrayList<>();
            // a null member is left out: writers that skip nulls and writers that keep them agree
            for (Map.Entry<String, JsonElement> m : ((JsonObject) e).entrySet()) if (!m.getValue().isJsonNull()) members.add(m);
            members.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < members.size(); i++) {
                if (i > 0) out.append(',');
                out.append(new com.google.gson.JsonPrimitive(members.get(i).getKey())).append(':');
                write(members.get(i).getValue(), out);
            }
            out.append('}');
        } else if (e.isJsonArray()) {
            JsonArray a = (JsonArray) e;
            out.append('[');
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) out.append(',');
                write(a.get(i), out);
            }
            out.append(']');
        } else {
            out.append(e);
        }
    }
}
