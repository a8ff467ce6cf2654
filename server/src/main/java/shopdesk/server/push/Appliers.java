package shopdesk.server.push;

import java.util.EnumMap;
import java.util.Map;
import org.jooq.DSLContext;
import shopdesk.dal.change.ChangeAction;
import shopdesk.protocol.EntryResult.Applied;
import shopdesk.protocol.RejectCodes;

/** Which code applies which action. Registered by the server at start-up. */
public final class Appliers {
    @FunctionalInterface
    public interface Applier {
        Applied apply(DSLContext tx, EntryContext ctx);
    }

    private final Map<ChangeAction, Applier> byAction = new EnumMap<>(ChangeAction.class);

    public Appliers on(ChangeAction action, Applier applier) {
        byAction.put(action, applier);
        return this;
    }

    Applied apply(DSLContext tx, EntryContext ctx) {
        ChangeAction action;
        try {
            action = ChangeAction.valueOf(ctx.entry().action());
        } catch (IllegalArgumentException e) {
            throw EntryRefused.rejected(RejectCodes.UNKNOWN_ACTION, "Unknown action " + ctx.entry().action());
        }
        Applier a = byAction.get(action);
        if (a == null) throw EntryRefused.rejected(RejectCodes.UNKNOWN_ACTION, "The server does not apply " + action);
        return a.apply(tx, ctx);
    }
}
