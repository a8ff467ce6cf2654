package shopdesk.dal.stock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalLong;
import shopdesk.dal.money.Limits;

/**
 * A stock quantity as staff type and read it: a count of units, or for a product sold by weight kg with up to three
 * decimals ("2.5" is 2500, stored in grams as the sale screen stores a weighed line). No display code, so the stock
 * screens and the tests share one rule.
 */
public final class StockQuantity {
    private StockQuantity() {
    }

    /**
     * What {@code text} means for a product ({@code weighed}: kg), in stored units; empty when it is not a number of
     * that kind or is outside {@code min}..{@link Limits#MAX_STOCK}.
     */
    public static OptionalLong parse(String text, boolean weighed, long min) {
        if (text == null || text.isBlank()) return OptionalLong.empty();
        try {
            BigDecimal typed = new BigDecimal(text.strip().replace(',', '.'));
            long v = (weighed ? typed.movePointRight(3) : typed).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
            return v < min || v > Limits.MAX_STOCK ? OptionalLong.empty() : OptionalLong.of(v);
        } catch (ArithmeticException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** "2.5 kg" for 2500 g of a weighed product, "12" for a count. */
    public static String format(long quantity, boolean weighed) {
        if (!weighed) return String.valueOf(quantity);
        return BigDecimal.valueOf(quantity, 3).stripTrailingZeros().toPlainString() + " kg";
    }
}
