package shopdesk.client.cloud;

import shopdesk.client.sync.EntryState;
import shopdesk.client.sync.PauseReason;
import shopdesk.outbox.health.PausedReason;
import shopdesk.outbox.queue.DeliveryState;

/**
 * The one translation between the outbox's states and the till's: exhaustive switches, so a state added on
 * either side fails to compile here instead of throwing from {@code valueOf} in front of a cashier.
 */
final class SyncStates {
    private SyncStates() {
    }

    static EntryState toClient(DeliveryState s) {
        return switch (s) {
            case PENDING -> EntryState.PENDING;
            case IN_FLIGHT -> EntryState.IN_FLIGHT;
            case DONE -> EntryState.DONE;
            case RETRY_WAIT -> EntryState.RETRY_WAIT;
            case CONFLICT -> EntryState.CONFLICT;
            case FAILED -> EntryState.FAILED;
            case DISCARDED -> EntryState.DISCARDED;
            case SUPERSEDED -> EntryState.SUPERSEDED;
        };
    }

    static DeliveryState toOutbox(EntryState s) {
        return switch (s) {
            case PENDING -> DeliveryState.PENDING;
            case IN_FLIGHT -> DeliveryState.IN_FLIGHT;
            case DONE -> DeliveryState.DONE;
            case RETRY_WAIT -> DeliveryState.RETRY_WAIT;
            case CONFLICT -> DeliveryState.CONFLICT;
            case FAILED -> DeliveryState.FAILED;
            case DISCARDED -> DeliveryState.DISCARDED;
            case SUPERSEDED -> DeliveryState.SUPERSEDED;
        };
    }

    static PauseReason toClient(PausedReason r) {
        return switch (r) {
            case NONE -> PauseReason.NONE;
            case WORK_OFFLINE -> PauseReason.WORK_OFFLINE;
            case LOGIN_REQUIRED -> PauseReason.LOGIN_REQUIRED;
            case UPDATE_REQUIRED -> PauseReason.UPDATE_REQUIRED;
        };
    }
}
