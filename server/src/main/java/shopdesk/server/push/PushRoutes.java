package shopdesk.server.push;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import shopdesk.protocol.ErrorCodes;
import shopdesk.protocol.PushEntry;
import shopdesk.server.auth.Principal;
import shopdesk.server.authz.BatchPush;
import shopdesk.server.http.ApiException;
import shopdesk.server.http.JsonBodies;
import shopdesk.server.http.Responses;

/** POST /api/v1/sync/push: checks the envelope of every entry (400 naming the field) before applying any. */
public final class PushRoutes {
    private final BatchPush push;
    private final JsonBodies bodies;
    private final int maxEntries;

    public PushRoutes(BatchPush push, JsonBodies bodies, int maxEntries) {
        this.push = push;
        this.bodies = bodies;
        this.maxEntries = maxEntries;
    }

    public void register(Javalin app) {
        app.post("/api/v1/sync/push", this::push);
    }

    private void push(Context ctx) {
        Principal caller = ctx.attribute(Principal.ATTRIBUTE);
        JsonObject body = bodies.object(ctx);
        JsonBodies.requirePresent(body, "entries", "entries");
        if (!body.get("entries").isJsonArray()) throw ApiException.invalidField("entries", "'entries' must be an array");
        if (body.has("deviceId") && !body.get("deviceId").isJsonNull()) {
            String device = JsonBodies.requireString(body, "deviceId", "deviceId");
            if (!device.equals(caller.deviceId())) {
                throw ApiException.forbidden("This login is for device " + caller.deviceId() + "; it cannot push for device " + device);
            }
        }
        JsonArray raw = body.getAsJsonArray("entries");
        if (raw.size() > maxEntries) {
            throw new ApiException(413, ErrorCodes.TOO_MANY_ENTRIES, "entries", "A push may carry at most " + maxEntries
                    + " entries (this one has " + raw.size() + "); send smaller batches");
        }
        List<PushEntry> entries = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) entries.add(entry(raw.get(i), "entries[" + i + "]"));
        Responses.json(ctx, 200, push.push(caller, entries));
    }

    private PushEntry entry(JsonElement e, String path) {
        if (e == null || !e.isJsonObject()) throw ApiException.invalidField(path, "'" + path + "' must be an object");
        JsonObject o = e.getAsJsonObject();
        String requestId = JsonBodies.requireString(o, "requestId", path + ".requestId");
        if (requestId.length() > 36) throw ApiException.invalidField(path + ".requestId", "A request id has at most 36 characters");
        JsonBodies.requireString(o, "action", path + ".action");
        JsonBodies.requireString(o, "entityId", path + ".entityId");
        JsonBodies.requirePresent(o, "payload", path + ".payload");
        if (!o.get("payload").isJsonObject()) throw ApiException.invalidField(path + ".payload", "'" + path + ".payload' must be an object");
        return bodies.bind(o, PushEntry.class);
    }
}
