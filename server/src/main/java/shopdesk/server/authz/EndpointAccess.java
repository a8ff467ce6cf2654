package shopdesk.server.authz;

import io.javalin.Javalin;
import shopdesk.dal.auth.Endpoint;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.server.auth.Principal;
import shopdesk.server.http.ApiException;

/** The role matrix's endpoint rules, checked after authentication (403 FORBIDDEN when the role is not enough). */
public final class EndpointAccess {
    private EndpointAccess() {
    }

    public static void register(Javalin app) {
        app.before("/api/v1/sync/push", ctx -> require(ctx.attribute(Principal.ATTRIBUTE), Endpoint.PUSH));
        app.before("/api/v1/sync/pull", ctx -> require(ctx.attribute(Principal.ATTRIBUTE), Endpoint.PULL));
    }

    static void require(Principal caller, Endpoint endpoint) {
        if (!RoleMatrix.allows(caller == null ? null : caller.role(), endpoint)) {
            throw ApiException.forbidden("This login may not use " + endpoint.name().toLowerCase());
        }
    }
}
