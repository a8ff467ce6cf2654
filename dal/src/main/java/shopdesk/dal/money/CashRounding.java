package shopdesk.dal.money;

/**
 * Rounding a bill's total to the smallest coin in use: {@code unit} minor units (5 = 0.05, 100 = 1.00; 1 = no
 * rounding). Half up: exactly half a coin rounds up. The difference is shown as its own line on screen and receipt.
 */
public record CashRounding(long unit) {
    public static final CashRounding NONE = new CashRounding(1);
    /** The largest coin step accepted (100.00), so a rounding line stays small beside any real bill. */
    public static final long MAX_UNIT = 10_000;

    public CashRounding {
        if (unit < 1 || unit > MAX_UNIT) {
            throw new IllegalArgumentException("A rounding unit is 1 to " + MAX_UNIT + " minor units (was " + unit + ")");
        }
    }

    /** The amount to add to {@code total} (negative: rounded down) so it is a whole number of coins. */
    public long adjustment(long total) {
        long rest = Math.floorMod(total, unit);
        if (rest == 0) return 0;
        return rest * 2 >= unit ? unit - rest : -rest;
    }
}
