package shopdesk.protocol;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The one Gson configuration of the wire: unknown fields are ignored, nulls are omitted. */
public final class Json {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping()
            .registerTypeAdapterFactory(StrictJson.INSTANCE).create();

    private Json() {
    }

    public static Gson gson() {
        return GSON;
    }
}
