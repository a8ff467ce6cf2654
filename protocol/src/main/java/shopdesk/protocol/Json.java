package shopdesk.protocol;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The one Gson configuration of ShopDesk: no HTML escaping, exact numbers ({@link StrictJson}), unknown fields
 * ignored. The wire omits nulls; stored payloads ({@code Payloads}) are the same configuration writing nulls.
 */
public final class Json {
    private static final Gson GSON = builder().create();

    private Json() {
    }

    /** The shared settings, for the one variant that differs (payloads keep their nulls). */
    public static GsonBuilder builder() {
        return new GsonBuilder().disableHtmlEscaping().registerTypeAdapterFactory(StrictJson.INSTANCE);
    }

    public static Gson gson() {
        return GSON;
    }
}
