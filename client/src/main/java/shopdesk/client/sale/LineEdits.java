package shopdesk.client.sale;

import shopdesk.client.i18n.Messages;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.dal.money.Limits;
import shopdesk.dal.money.Money;

/**
 * Changes to what is rung up: a line's quantity, its removal (audited), a line's or the bill's discount and a
 * price override. A change to a price forgets the supervisor's approval of the sale's cuts.
 */
final class LineEdits {
    private final Sale sale;
    private final SalesPort sales;
    private final SessionHolder sessions;
    private final SaleStatus status;
    private final DiscountApproval approval;

    LineEdits(Sale sale, SalesPort sales, SessionHolder sessions, SaleStatus status, DiscountApproval approval) {
        this.sale = sale;
        this.sales = sales;
        this.sessions = sessions;
        this.status = status;
        this.approval = approval;
    }

    boolean setQuantity(int index, String text) {
        if (!validLine(index)) return false;
        try {
            boolean kg = sale.lines().get(index).product().soldByWeight();
            sale.setQuantity(index, kg ? SaleInputs.grams(text) : Long.parseLong(text.trim()));
            status.select(index);
            return status.info(Messages.get("sale.msg.quantity", sale.lines().get(index).product().name(), text.trim()));
        } catch (NumberFormatException e) {
            return status.error(Messages.get("sale.msg.badQuantity", text, String.valueOf(Limits.MAX_QUANTITY)));
        } catch (ShopDeskException e) {
            return status.refused(e);
        }
    }

    boolean removeLine(int index, String reason) {
        if (!validLine(index)) return false;
        SaleLine line = sale.lines().get(index);
        sales.recordLineRemoved(sessions.require().actor(), line, reason == null || reason.isBlank() ? "removed at till" : reason.trim());
        sale.remove(index);
        status.select(Math.min(index, sale.lines().size() - 1));
        return status.info(Messages.get("sale.msg.removed", line.product().name()));
    }

    boolean discountLine(int index, String text) {
        if (!validLine(index)) return false;
        try {
            sale.discountLine(index, SaleInputs.discount(text));
            status.select(index);
            approval.forget();
            return status.info(text == null || text.isBlank() ? Messages.get("sale.msg.discountRemoved")
                    : Messages.get("sale.msg.discount", text.trim(), sale.lines().get(index).product().name()) + approval.note());
        } catch (ShopDeskException e) {
            return status.refused(e);
        }
    }

    boolean discountBill(String text, String reason) {
        try {
            sale.discountBill(SaleInputs.discount(text), reason == null || reason.isBlank() ? null : reason.trim());
            approval.forget();
            return status.info(text == null || text.isBlank() ? Messages.get("sale.msg.billDiscountRemoved")
                    : Messages.get("sale.msg.billDiscount", text.trim()) + approval.note());
        } catch (ShopDeskException e) {
            return status.refused(e);
        }
    }

    boolean overridePrice(int index, String priceText, String reason) {
        if (!validLine(index)) return false;
        try {
            Long price = priceText == null || priceText.isBlank() ? null : Money.parse(priceText);
            if (price != null && (reason == null || reason.isBlank())) return status.error(Messages.get("sale.msg.priceReason"));
            sale.overridePrice(index, price, reason == null ? null : reason.trim());
            status.select(index);
            approval.forget();
            return status.info(price == null ? Messages.get("sale.msg.catalogPrice")
                    : Messages.get("sale.msg.price", sale.lines().get(index).product().name(), Money.format(price)) + approval.note());
        } catch (IllegalArgumentException | ShopDeskException e) {
            return status.refused(e);
        }
    }

    private boolean validLine(int index) {
        if (index < 0 || index >= sale.lines().size()) return status.error(Messages.get("sale.msg.selectLine"));
        return true;
    }
}
