package shopdesk.server.push;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntryResult.Applied;
import shopdesk.protocol.RejectCodes;

/**
 * Which code applies which action, registered by the server at start-up: the one dispatcher every pushed entry
 * goes through, alone or with others of its batch ({@link #admit} sees each before its applier runs).
 */
public final class Appliers {
    @FunctionalInterface
    public interface Applier {
        Applied apply(DSLContext tx, EntryContext ctx);
    }

    /**
     * Several new entries of one action, with the results its {@link Applier} would give each in turn; throws for
     * anything that applier would treat specially, and the batch then goes entry by entry.
     */
    @FunctionalInterface
    public interface BatchApplier {
        Prepared prepare(DSLContext tx, List<EntryContext> ctxs);
    }

    /** Prepared before the shop's write lock; completed under it. */
    @FunctionalInterface
    public interface Prepared {
        /** The entries' results, in the order they were prepared. */
        List<Applied> complete(DSLContext tx);
    }

    private final Map<ChangeAction, Applier> byAction = new EnumMap<>(ChangeAction.class);
    private final Map<ChangeAction, BatchApplier> severalByAction = new EnumMap<>(ChangeAction.class);

    public Appliers on(ChangeAction action, Applier applier) {
        byAction.put(action, applier);
        return this;
    }

    /** Also applies several new entries of this action together (its {@link #on} applier stays the reference). */
    public Appliers onSeveral(ChangeAction action, BatchApplier applier) {
        severalByAction.put(action, applier);
        return this;
    }

    Applied apply(DSLContext tx, EntryContext ctx) {
        return byAction.get(admit(tx, ctx)).apply(tx, ctx);
    }

    boolean appliesSeveral(String action) {
        ChangeAction a = parse(action);
        return a != null && severalByAction.containsKey(a) && byAction.containsKey(a);
    }

    /** Prepares entries that all have one action for which {@link #appliesSeveral} holds. */
    Prepared prepare(DSLContext tx, String action, List<EntryContext> ctxs) {
        for (EntryContext ctx : ctxs) admit(tx, ctx);
        return severalByAction.get(parse(action)).prepare(tx, ctxs);
    }

    /** Every entry passes here before any applier runs: checks common to all actions belong here. */
    private ChangeAction admit(DSLContext tx, EntryContext ctx) {
        ChangeAction action = parse(ctx.entry().action());
        if (action == null) throw EntryRefused.rejected(RejectCodes.UNKNOWN_ACTION, "Unknown action " + ctx.entry().action());
        if (!byAction.containsKey(action)) {
            throw EntryRefused.rejected(RejectCodes.UNKNOWN_ACTION, "The server does not apply " + action);
        }
        return action;
    }

    private static ChangeAction parse(String action) {
        try {
            return action == null ? null : ChangeAction.valueOf(action);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
