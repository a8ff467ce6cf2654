package shopdesk.server.authz;

import java.util.List;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.PushResponse;
import shopdesk.server.auth.Principal;

/** Applies a pushed batch for a caller (the push service); {@link GuardedPush} stands in front of it. */
@FunctionalInterface
public interface BatchPush {
    PushResponse push(Principal caller, List<PushEntry> entries);
}
