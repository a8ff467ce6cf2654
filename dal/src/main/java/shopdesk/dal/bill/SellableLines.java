package shopdesk.dal.bill;

import static shopdesk.db.Tables.PRODUCT;
import static shopdesk.db.Tables.STOCK;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import shopdesk.dal.common.Text;
import shopdesk.dal.db.JdbcStatement;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.NotFoundException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.Limits;
import shopdesk.dal.money.Money;

/**
 * A bill's lines as sold on the till: each product read with its stock level in the bill's transaction, priced at the
 * catalog's price unless overridden (with a reason), then given the totals the shared calculator made.
 */
final class SellableLines {
    private SellableLines() {
    }

    /** What a bill line needs of its product, and its stock level, read in the bill's transaction. */
    record Sellable(String id, String sku, String name, long unitPrice, int taxRateBp, long onHand,
                            boolean taxInclusive, boolean soldByWeight) {
    }

    /** A product as a bill line needs it, with its stock level (0 without a stock row), by shop and id. */
    private static final JdbcStatement SELLABLE = JdbcStatement.of(tx -> tx
            .select(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME, PRODUCT.UNIT_PRICE, PRODUCT.TAX_RATE_BP, STOCK.QUANTITY,
                    PRODUCT.TAX_INCLUSIVE, PRODUCT.SOLD_BY_WEIGHT)
            .from(PRODUCT)
            .leftJoin(STOCK).on(STOCK.SHOP_ID.eq(PRODUCT.SHOP_ID)).and(STOCK.PRODUCT_ID.eq(PRODUCT.ID))
            .where(PRODUCT.SHOP_ID.eq(JdbcStatement.param(PRODUCT.SHOP_ID))).and(PRODUCT.ID.eq(JdbcStatement.param(PRODUCT.ID)))
            .and(PRODUCT.DELETED_AT.isNull()));

    /** One lookup per distinct product: the same cached statement whatever the number of lines. */
    static Map<String, Sellable> productsWithStock(DSLContext tx, String shopId, Set<String> ids) {
        Map<String, Sellable> products = new HashMap<>();
        for (String id : ids) {
            List<Sellable> found = SELLABLE.fetch(tx, rs -> new Sellable(rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getLong(4), rs.getInt(5), rs.getLong(6), rs.getBoolean(7), rs.getBoolean(8)),
                    v -> v.set(PRODUCT.SHOP_ID, shopId).set(PRODUCT.ID, id));
            if (found.isEmpty()) throw new NotFoundException(ErrorText.NOUN_PRODUCT, id);
            products.put(id, found.get(0));
        }
        return products;
    }

    static List<BillItem> items(List<BillDraft.Line> lines, Map<String, Sellable> products) {
        List<BillItem> items = new ArrayList<>(lines.size());
        int n = 1;
        for (BillDraft.Line l : lines) {
            Sellable p = products.get(l.productId());
            String reason = null;
            Long listPrice = null;
            long price = p.unitPrice();
            if (l.price() != null && l.price() != p.unitPrice()) {
                String field = "items[" + (n - 1) + "]";
                if (l.price() < 0 || l.price() > Limits.MAX_AMOUNT) {
                    throw new ValidationException(field + ".price", ErrorText.LINE_PRICE_RANGE, n,
                            Money.format(Limits.MAX_AMOUNT));
                }
                reason = Text.required(field + ".reason", l.reason(), 400, ErrorText.LABEL_REASON_PRICE);
                listPrice = p.unitPrice();
                price = l.price();
            }
            items.add(new BillItem(n++, p.id(), p.sku(), p.name(), l.quantity(), price, p.taxRateBp(), 0, 0, 0,
                    p.soldByWeight(), p.taxInclusive(), listPrice, reason, l.discount(), 0, 0));
        }
        return items;
    }

    static List<BillItem> withTotals(List<BillItem> items, BillCalculator.Totals totals) {
        List<BillItem> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            BillItem it = items.get(i);
            BillCalculator.LineTotals t = totals.lines().get(i);
            out.add(new BillItem(it.lineNo(), it.productId(), it.sku(), it.name(), it.quantity(), it.unitPrice(),
                    it.taxRateBp(), t.subtotal(), t.tax(), t.total(), it.weighed(), it.taxInclusive(), it.listPrice(),
                    it.reason(), it.discount(), t.lineDiscount(), t.billDiscount()));
        }
        return out;
    }
}
