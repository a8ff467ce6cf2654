package shopdesk.outbox.migration;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import shopdesk.protocol.payload.Payloads;

/** The chain of migrators from every older payload version up to the current one. */
public final class PayloadMigrations {
    private final int current;
    private final Map<Integer, PayloadMigrator> byFromVersion = new HashMap<>();

    public PayloadMigrations(int current, List<PayloadMigrator> migrators) {
        this.current = current;
        for (PayloadMigrator m : migrators) {
            if (byFromVersion.put(m.fromVersion(), m) != null) {
                throw new IllegalArgumentException("Two payload migrators from version " + m.fromVersion());
            }
        }
    }

    /** The chain this build ships: payload version {@link Payloads#VERSION}, no older versions yet. */
    public static PayloadMigrations standard() {
        return new PayloadMigrations(Payloads.VERSION, List.of());
    }

    public int current() {
        return current;
    }

    /**
     * The payload's JSON text at {@link #current()}, for the wire: a current payload is the stored text itself,
     * checked to be exactly one JSON object (strictly, as it will reach the server inside a batch whose other entries
     * a broken one must not spoil) but not parsed into a tree; an older one is upgraded and serialised.
     */
    public String upgradeText(String action, int version, String json) {
        if (version != current) return Payloads.gson().toJson(upgrade(action, version, json));
        requireOneObject(json);
        return json;
    }

    private static void requireOneObject(String json) {
        if (json == null) throw new JsonSyntaxException("the payload is missing");
        try (JsonReader r = new JsonReader(new StringReader(json))) {
            r.setStrictness(Strictness.STRICT);
            if (r.peek() != JsonToken.BEGIN_OBJECT) throw new JsonSyntaxException("the payload is not a JSON object");
            r.skipValue();
            if (r.peek() != JsonToken.END_DOCUMENT) throw new JsonSyntaxException("the payload has text after its object");
        } catch (IOException e) {
            throw new JsonSyntaxException("the payload is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** The payload upgraded to {@link #current()}. */
    public JsonObject upgrade(String action, int version, String json) {
        if (version > current) {
            throw new UnsupportedPayloadVersionException("Payload version " + version + " was written by a newer ShopDesk (this one sends "
                    + current + "); update this till");
        }
        JsonObject payload = JsonParser.parseString(json).getAsJsonObject();
        for (int v = version; v < current; v++) {
            PayloadMigrator m = byFromVersion.get(v);
            if (m == null) {
                throw new UnsupportedPayloadVersionException("No migrator for payload version " + v + " of " + action);
            }
            payload = m.migrate(action, payload);
        }
        return payload;
    }
}
