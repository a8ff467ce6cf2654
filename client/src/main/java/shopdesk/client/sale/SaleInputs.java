package shopdesk.client.sale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.bill.Discount;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.Limits;
import shopdesk.dal.money.Money;

/** What a cashier types for a discount or a weight, read into the sale's units. No Swing. */
final class SaleInputs {
    private SaleInputs() {
    }

    /** "10%" or "10 %" is a percent, "5" or "5.00" an amount; blank removes the discount (null). */
    static Discount discount(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) return null;
        if (t.endsWith("%")) {
            try {
                BigDecimal percent = new BigDecimal(t.substring(0, t.length() - 1).trim());
                long bp = percent.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
                if (bp < 0 || bp > 10_000) throw new ValidationException("discount", Messages.get("sale.err.discountRange"));
                return Discount.percent(bp);
            } catch (ArithmeticException | NumberFormatException e) {
                throw new ValidationException("discount", Messages.get("sale.err.discountPercent", t));
            }
        }
        try {
            return Discount.amount(Money.parse(t));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("discount", Messages.get("sale.err.discountType"));
        }
    }

    /** A weight in kg with up to three decimals ("0.755") as grams. */
    static long grams(String text) {
        try {
            long g = new BigDecimal(text.trim()).movePointRight(3).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
            if (g <= 0 || g > Limits.MAX_QUANTITY) throw new NumberFormatException();
            return g;
        } catch (ArithmeticException | NumberFormatException e) {
            throw new ValidationException("quantity", Messages.get("sale.err.weight", text.trim(),
                    String.valueOf(Limits.MAX_QUANTITY / 1000)));
        }
    }

    /** "0.755 kg" for a weighed quantity in grams, "3" for a count. */
    static String quantity(long quantity, boolean weighed) {
        return weighed ? BigDecimal.valueOf(quantity, 3).toPlainString() + " kg" : String.valueOf(quantity);
    }
}
