package shopdesk.client.returns;

import shopdesk.dal.common.Actor;
import shopdesk.dal.returns.StoreCredit;

/** Writes a store-credit note for what an exchange's sale left of the return's credit (with its SyncQueue entry). */
@FunctionalInterface
public interface StoreCreditIssuer {

    StoreCredit issue(Actor actor, long amount, String returnId, String billId);
}
