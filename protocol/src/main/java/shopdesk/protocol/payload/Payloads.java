package shopdesk.protocol.payload;

import com.google.gson.Gson;
import shopdesk.protocol.Json;

/**
 * The JSON form of recorded changes. These records are the contract between the till that records a
 * change, the outbox that carries it and the server that applies it. Bump {@link #VERSION} when a payload's
 * shape changes and add a migrator in the outbox for queued payloads of older versions.
 */
public final class Payloads {
    public static final int VERSION = 1;
    // nulls written: a feed payload's text is compared byte for byte (server's UnnumberedBillJson)
    private static final Gson GSON = Json.builder().serializeNulls().create();

    private Payloads() {
    }

    public static String toJson(Object payload) {
        return GSON.toJson(payload);
    }

    public static <T> T fromJson(String json, Class<T> type) {
        return GSON.fromJson(json, type);
    }

    public static Gson gson() {
        return GSON;
    }
}
