package shopdesk.dal.returns;

import static shopdesk.db.Tables.PRODUCT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.InvalidStateException;
import shopdesk.dal.error.NotFoundException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.Limits;

/** Turns the chosen lines into priced return items: checked against what is left, refunds by {@link RefundMath}. */
final class ReturnLines {

    List<ReturnItem> fromBill(OriginalBill original, List<ReturnDraft.Line> chosen) {
        if (original.voided()) throw new InvalidStateException("status", ErrorText.RETURN_BILL_VOIDED, original.localLabel());
        Map<Integer, Long> taking = new HashMap<>();
        List<ReturnItem> items = new ArrayList<>();
        int n = 0;
        for (ReturnDraft.Line c : chosen) {
            String field = "lines[" + n + "]";
            if (c.originalLineNo() == null) throw new ValidationException(field, ErrorText.RETURN_LINE_MISSING);
            OriginalBill.Line l = original.line(c.originalLineNo());
            if (l == null) throw new ValidationException(field, ErrorText.RETURN_NO_SUCH_LINE, original.localLabel(), c.originalLineNo());
            quantity(field, c.quantity());
            long before = l.returned() + taking.getOrDefault(l.lineNo(), 0L);
            if (c.quantity() > l.quantity() - before) {
                throw new ValidationException(field + ".quantity", ErrorText.RETURN_EXCEEDED,
                        Math.max(0, l.quantity() - before), l.name(), original.localLabel());
            }
            taking.merge(l.lineNo(), c.quantity(), Math::addExact);
            long sub = RefundMath.share(l.subtotal(), l.quantity(), before, c.quantity());
            long tax = RefundMath.share(l.tax(), l.quantity(), before, c.quantity());
            items.add(new ReturnItem(++n, l.lineNo(), l.productId(), l.sku(), l.name(), c.quantity(), c.restock(), sub, tax,
                    Math.addExact(sub, tax)));
        }
        return items;
    }

    /** Without a bill the refund is today's price of the product (a supervisor approved it). */
    List<ReturnItem> withoutBill(DSLContext tx, String shopId, List<ReturnDraft.Line> chosen) {
        List<ReturnItem> items = new ArrayList<>();
        int n = 0;
        for (ReturnDraft.Line c : chosen) {
            String field = "lines[" + n + "]";
            if (c.productId() == null) throw new ValidationException(field, ErrorText.RETURN_PRODUCT_MISSING);
            quantity(field, c.quantity());
            var p = tx.selectFrom(PRODUCT).where(PRODUCT.ID.eq(c.productId())).and(PRODUCT.SHOP_ID.eq(shopId)).fetchOne();
            if (p == null) throw new NotFoundException(ErrorText.NOUN_PRODUCT, c.productId());
            // priced as the sale screen prices the product: per kg when weighed, tax taken out when inclusive
            BillCalculator.LineTotals t = BillCalculator.line(new BillCalculator.Line(c.quantity(),
                    Boolean.TRUE.equals(p.getSoldByWeight()), p.getUnitPrice(), p.getTaxRateBp(),
                    Boolean.TRUE.equals(p.getTaxInclusive()), null));
            items.add(new ReturnItem(++n, null, p.getId(), p.getSku(), p.getName(), c.quantity(), c.restock(), t.subtotal(),
                    t.tax(), t.total()));
        }
        return items;
    }

    private static void quantity(String field, long q) {
        if (q <= 0) throw new ValidationException(field + ".quantity", ErrorText.RETURN_QUANTITY_MIN);
        if (q > Limits.MAX_QUANTITY) throw new ValidationException(field + ".quantity", ErrorText.RETURN_QUANTITY_MAX, Limits.MAX_QUANTITY);
    }
}
