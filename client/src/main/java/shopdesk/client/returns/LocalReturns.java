package shopdesk.client.returns;

import java.io.IOException;
import java.util.Optional;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.common.Actor;
import shopdesk.dal.product.Product;
import shopdesk.dal.product.ProductService;
import shopdesk.dal.returns.OriginalBill;
import shopdesk.dal.returns.ReturnDraft;
import shopdesk.dal.returns.ReturnService;
import shopdesk.dal.returns.SaleReturn;
import shopdesk.dal.returns.StoreCredit;
import shopdesk.dal.returns.StoreCreditService;
import shopdesk.outbox.cloud.RemoteBills;

/** Returns over the till's ReturnService; bills of other tills are asked of the server when it can be reached. */
public final class LocalReturns implements ReturnsPort {
    private final ReturnService returns;
    private final RemoteBills remote;
    private final String shopId;
    private final StoreCreditService credits;
    private final ProductService products;

    /** @param remote null for a standalone till */
    public LocalReturns(ReturnService returns, RemoteBills remote, String shopId) {
        this(returns, remote, shopId, null);
    }

    /** @param credits where exchanges' store-credit notes are written (null: none can be issued) */
    public LocalReturns(ReturnService returns, RemoteBills remote, String shopId, StoreCreditService credits) {
        this(returns, remote, shopId, credits, null);
    }

    /** @param products where a return without the bill finds what is scanned (null: none can be taken here) */
    public LocalReturns(ReturnService returns, RemoteBills remote, String shopId, StoreCreditService credits,
                        ProductService products) {
        this.products = products;
        this.credits = credits;
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

    @Override
    public StoreCredit issueStoreCredit(Actor actor, long amount, String returnId, String billId) {
        if (credits == null) throw new IllegalStateException("This till issues no store credit");
        return credits.issue(actor, amount, returnId, billId);
    }

    @Override
    public Optional<Product> findProduct(String code) {
        if (products == null) return Optional.empty();
        return products.findByCode(shopId, code).filter(p -> !p.deleted());
    }
}
