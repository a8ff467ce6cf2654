package shopdesk.client.returns;

import java.io.IOException;
import java.util.Optional;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.common.Actor;
import shopdesk.dal.returns.OriginalBill;
import shopdesk.dal.returns.ReturnDraft;
import shopdesk.dal.returns.ReturnService;
import shopdesk.dal.returns.SaleReturn;
import shopdesk.outbox.cloud.RemoteBills;

/** Returns over the till's ReturnService; bills of other tills are asked of the server when it can be reached. */
public final class LocalReturns implements ReturnsPort {
    private final ReturnService returns;
    private final RemoteBills remote;
    private final String shopId;

    /** @param remote null for a standalone till */
    public LocalReturns(ReturnService returns, RemoteBills remote, String shopId) {
        this.returns = returns;
        this.remote = remote;
        this.shopId = shopId;
    }

    @Override
    public Optional<OriginalBill> findBill(String number) {
        Optional<OriginalBill> here = returns.findOriginal(shopId, number);
        if (here.isPresent() || remote == null) return here;
        try {
            return remote.find(number);
        } catch (IOException e) {
            throw new IllegalStateException(Messages.get("returns.msg.offline", number), e);
        }
    }

    @Override
    public SaleReturn take(Actor actor, ReturnDraft draft) {
        // a bill of this till is read afresh in the return's transaction, not from what the screen was shown
        boolean local = draft.originalBillId() != null && returns.original(draft.originalBillId()).isPresent();
        return returns.create(actor, local ? new ReturnDraft(draft.originalBillId(), draft.refundMethod(), draft.reason(),
                draft.approvedBy(), draft.lines(), null) : draft);
    }
}
