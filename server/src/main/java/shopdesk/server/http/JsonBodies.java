package shopdesk.server.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import shopdesk.protocol.ErrorCodes;
import shopdesk.protocol.Json;
import shopdesk.protocol.StrictJson;

/**
 * Reads request bodies: bounded in size (413), strict JSON (400 MALFORMED_JSON), required fields checked by
 * name before binding so a missing one is named in the error (400 MISSING_FIELD). Unknown fields are ignored.
 */
public final class JsonBodies {
    private final long maxBytes;

    public JsonBodies(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The body as a JSON object; reads at most maxBytes + 1 bytes, whatever Content-Length claims. */
    public JsonObject object(Context ctx) {
        if (ctx.contentLength() > maxBytes) throw tooLarge();
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = readBounded(in);
        } catch (IOException e) {
            throw new ApiException(400, ErrorCodes.MALFORMED_JSON, null, "Could not read the request body");
        }
        return parseObject(new String(bytes, StandardCharsets.UTF_8));
    }

    public <T> T bind(JsonObject json, Class<T> type) {
        try {
            return Json.gson().fromJson(json, type);
        } catch (StrictJson.Refusal e) {
            throw new ApiException(400, ErrorCodes.MALFORMED_JSON, null, "The body does not have the expected shape: "
                    + e.getMessage());
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new ApiException(400, ErrorCodes.MALFORMED_JSON, null, "The body does not have the expected shape");
        }
    }

    public static JsonObject parseObject(String text) {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) throw notJson("there is more after the JSON value");
            if (!e.isJsonObject()) throw notJson("it must be a JSON object");
            return e.getAsJsonObject();
        } catch (JsonParseException | IOException | IllegalStateException | StackOverflowError e) {
            // Gson's text names its classes and links its troubleshooting page: say only what and where
            throw notJson("the error is near " + position(e));
        }
    }

    private static ApiException notJson(String detail) {
        return new ApiException(400, ErrorCodes.MALFORMED_JSON, null, "The body is not valid JSON: " + detail);
    }

    /** The "line L column C" Gson reports, or "the end" when it says none. */
    private static String position(Throwable e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+) column (\\d+)")
                .matcher(String.valueOf(e.getMessage()));
        return m.find() ? "line " + m.group(1) + ", column " + m.group(2) : "the end";
    }

    /** A non-blank string member, or 400 naming the field by its path. */
    public static String requireString(JsonObject o, String member, String path) {
        JsonElement e = o.get(member);
        if (e == null || e.isJsonNull()) throw ApiException.missingField(path);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw ApiException.invalidField(path, "Field '" + path + "' must be a string");
        }
        if (e.getAsString().isBlank()) throw ApiException.missingField(path);
        return e.getAsString();
    }

    public static void requirePresent(JsonObject o, String member, String path) {
        JsonElement e = o.get(member);
        if (e == null || e.isJsonNull()) throw ApiException.missingField(path);
    }

    private byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > maxBytes) throw tooLarge();
        }
        return out.toByteArray();
    }

    private ApiException tooLarge() {
        return new ApiException(413, ErrorCodes.BODY_TOO_LARGE, null, "The request body is larger than the server's limit of "
                + maxBytes + " bytes");
    }
}
