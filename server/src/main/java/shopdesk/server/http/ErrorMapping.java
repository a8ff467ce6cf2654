package shopdesk.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.common.Text;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.protocol.ErrorBody;
import shopdesk.protocol.ErrorCodes;

/** Every failure leaves as JSON {@link ErrorBody} with a stable code; faults are logged, never shown in detail. */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    private static final String WRITTEN = "shopdesk.errorWritten";

    private ErrorMapping() {
    }

    public static void register(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> {
            if (e.retryAfterSeconds() > 0) ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            write(ctx, e.status(), e.body());
        });
        app.exception(ShopDeskException.class, (e, ctx) ->
                write(ctx, 400, new ErrorBody(e.code().name(), e.getMessage(), e.field())));
        // Javalin's own text may name its internals: the body says only what the status means
        app.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(),
                new ErrorBody(codeFor(e.getStatus()), plainMessage(e.getStatus()), null)));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}", ctx.method(), Text.forLog(ctx.path()), e);
            write(ctx, 500, new ErrorBody(ErrorCodes.INTERNAL, "The server failed to handle this request; try again later", null));
        });
        app.error(404, ctx -> {
            if (ctx.attribute(WRITTEN) == null) {
                write(ctx, 404, new ErrorBody(ErrorCodes.NOT_FOUND, "No such endpoint: " + ctx.method() + " " + ctx.path(), null));
            }
        });
        app.error(405, ctx -> {
            if (ctx.attribute(WRITTEN) == null) {
                write(ctx, 405, new ErrorBody(ErrorCodes.METHOD_NOT_ALLOWED, ctx.method() + " is not allowed on " + ctx.path(), null));
            }
        });
    }

    private static void write(Context ctx, int status, ErrorBody body) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        Responses.json(ctx, status, body);
    }

    private static String plainMessage(int status) {
        return switch (status) {
            case 400 -> "The request could not be read";
            case 401 -> "Log in first";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "This method is not allowed here";
            case 413 -> "The request body is too large";
            case 503 -> "The server is not available; try again later";
            default -> "The request failed (HTTP " + status + ")";
        };
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> ErrorCodes.MALFORMED_JSON;
            case 401 -> ErrorCodes.UNAUTHENTICATED;
            case 403 -> ErrorCodes.FORBIDDEN;
            case 404 -> ErrorCodes.NOT_FOUND;
            case 405 -> ErrorCodes.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCodes.BODY_TOO_LARGE;
            case 503 -> ErrorCodes.UNAVAILABLE;
            default -> status >= 500 ? ErrorCodes.INTERNAL : "HTTP_" + status;
        };
    }
}
