package shopdesk.outbox.view;

import java.util.EnumSet;
import java.util.Set;
import shopdesk.outbox.queue.DeliveryState;

/**
 * Filters for the SyncQueue list.
 *
 * @param states     only these states (empty: all)
 * @param entityType only this entity type, e.g. {@code bill} (null: all)
 * @param text       part of the stream key, entity id or action (null: any)
 */
public record EntryQuery(Set<DeliveryState> states, String entityType, String text) {

    public EntryQuery {
        states = states == null || states.isEmpty() ? Set.of() : EnumSet.copyOf(states);
    }

    public static EntryQuery all() {
        return new EntryQuery(Set.of(), null, null);
    }

    public static EntryQuery in(DeliveryState first, DeliveryState... rest) {
        return new EntryQuery(EnumSet.of(first, rest), null, null);
    }

    /** CONFLICT and FAILED: what the resolution dialog lists. */
    public static EntryQuery needingAttention() {
        return in(DeliveryState.CONFLICT, DeliveryState.FAILED);
    }

    public EntryQuery withEntityType(String type) {
        return new EntryQuery(states, type, text);
    }

    public EntryQuery withText(String t) {
        return new EntryQuery(states, entityType, t);
    }
}
