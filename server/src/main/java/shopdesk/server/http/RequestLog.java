package shopdesk.server.http;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.server.auth.Principal;

/** One line per request: method, path, status, time, and the caller when known. Never logs bodies or tokens. */
public final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

    private RequestLog() {
    }

    public static void log(Context ctx, Float ms) {
        Object who = ctx.attribute(Principal.ATTRIBUTE);
        LOG.info("{} {} -> {} in {} ms{}", ctx.method(), ctx.path(), ctx.statusCode(), String.format("%.1f", ms),
                who == null ? "" : " by " + who);
    }
}
