package shopdesk.server.http;

import io.javalin.http.Context;
import shopdesk.protocol.Json;

/** Writes JSON with the wire's one Gson configuration. */
public final class Responses {
    private Responses() {
    }

    public static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(Json.gson().toJson(body));
    }
}
