package shopdesk.server.http;

import io.javalin.http.Context;
import shopdesk.protocol.ErrorCodes;
import shopdesk.protocol.ProtocolVersion;

/** Every API request names its protocol version; clients older than the server supports must update (426). */
public final class ProtocolGuard {
    private ProtocolGuard() {
    }

    public static void check(Context ctx) {
        String raw = ctx.header(ProtocolVersion.HEADER);
        if (raw == null || raw.isBlank()) {
            throw new ApiException(400, ErrorCodes.MISSING_PROTOCOL_VERSION, ProtocolVersion.HEADER,
                    "Missing header " + ProtocolVersion.HEADER + " (this server speaks protocol " + ProtocolVersion.CURRENT + ")");
        }
        int version;
        try {
            version = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new ApiException(400, ErrorCodes.MISSING_PROTOCOL_VERSION, ProtocolVersion.HEADER,
                    "Header " + ProtocolVersion.HEADER + " must be a whole number, not '" + raw + "'");
        }
        if (version < ProtocolVersion.MIN_SUPPORTED) {
            throw new ApiException(426, ErrorCodes.UPDATE_REQUIRED, ProtocolVersion.HEADER,
                    "Update required: this ShopDesk speaks sync protocol " + version + ", the server needs at least "
                            + ProtocolVersion.MIN_SUPPORTED + ". Install the latest ShopDesk.");
        }
    }
}
