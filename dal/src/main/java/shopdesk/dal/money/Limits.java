package shopdesk.dal.money;

import java.util.Map;

/**
 * The documented range of every number a till or the server accepts (docs/SECURITY.md, "Checked values and
 * login"). Defined once here and used by the till's screens, the till's services and the server's checks, so a
 * value one side accepts is never refused by the other. Nothing is ever truncated or wrapped to fit.
 */
public final class Limits {
    /** Units of one product on one bill line. */
    public static final long MAX_QUANTITY = 100_000;
    /** Any amount in minor units: a price, a payment, a line's or a bill's total (10^12 = 10 billion rupees). */
    public static final long MAX_AMOUNT = 1_000_000_000_000L;
    /** 100% in basis points. */
    public static final int MAX_TAX_RATE_BP = 10_000;
    /** A stock level, and one stock change, either sign. */
    public static final long MAX_STOCK = 1_000_000_000L;

    /** An inclusive range with the words a message needs. */
    public record Range(long min, long max, String what) {
        public boolean contains(long value) {
            return value >= min && value <= max;
        }

        /** Null when the value is in range, else "must be from 1 to 100000 (was 200000)". */
        public String problem(long value) {
            return contains(value) ? null : "must be " + what + " from " + min + " to " + max + " (was " + value + ")";
        }
    }

    public static final Range QUANTITY = new Range(1, MAX_QUANTITY, "a quantity");
    public static final Range AMOUNT = new Range(0, MAX_AMOUNT, "an amount in minor units");
    public static final Range TAX_RATE = new Range(0, MAX_TAX_RATE_BP, "a tax rate in basis points");
    public static final Range STOCK_LEVEL = new Range(0, MAX_STOCK, "a stock level");
    public static final Range STOCK_CHANGE = new Range(-MAX_STOCK, MAX_STOCK, "a stock change");

    /** The range of a payload field, by the last part of its name ("payload.items[0].quantity" -> QUANTITY). */
    private static final Map<String, Range> BY_FIELD = Map.ofEntries(
            Map.entry("quantity", QUANTITY),
            Map.entry("unitPrice", AMOUNT), Map.entry("listPrice", AMOUNT), Map.entry("amount", AMOUNT),
            Map.entry("tendered", AMOUNT), Map.entry("discountTotal", AMOUNT),
            Map.entry("subtotal", AMOUNT), Map.entry("taxTotal", AMOUNT), Map.entry("total", AMOUNT),
            Map.entry("taxRateBp", TAX_RATE),
            Map.entry("lowStockLevel", STOCK_LEVEL), Map.entry("delta", STOCK_CHANGE));

    private Limits() {
    }

    /** The range of a named field, or null for a field without a documented limit. */
    public static Range forField(String field) {
        int dot = field.lastIndexOf('.');
        return BY_FIELD.get(dot < 0 ? field : field.substring(dot + 1));
    }

    /** a + b, or an ArithmeticException when the sum leaves the range (or a long). */
    public static long add(long a, long b, Range range) {
        return within(Math.addExact(a, b), range);
    }

    /** a * b, or an ArithmeticException when the product leaves the range (or a long). */
    public static long multiply(long a, long b, Range range) {
        return within(Math.multiplyExact(a, b), range);
    }

    private static long within(long value, Range range) {
        if (!range.contains(value)) throw new AmountOutOfRangeException(range.what() + " " + range.problem(value));
        return value;
    }

    /** A computed value left its documented range: an ArithmeticException, like an overflow of a long. */
    public static final class AmountOutOfRangeException extends ArithmeticException {
        public AmountOutOfRangeException(String message) {
            super(message);
        }
    }
}
