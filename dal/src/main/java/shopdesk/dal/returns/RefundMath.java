package shopdesk.dal.returns;

/**
 * A returned quantity's share of what was paid for its line, from the line's stored totals (so discounts carried on
 * the line are respected). Returning {@code q} of {@code sold} units after {@code before} were returned refunds
 * floor(A(before+q)/sold) - floor(A·before/sold): every partial return is its proportional share within one minor
 * unit, and all returns of a line together refund exactly A, never more.
 */
public final class RefundMath {
    private RefundMath() {
    }

    public static long share(long lineAmount, long sold, long before, long quantity) {
        check(lineAmount, sold, before, quantity);
        return Math.subtractExact(floorPart(lineAmount, Math.addExact(before, quantity), sold), floorPart(lineAmount, before, sold));
    }

    /** Whether {@code refund} is within one minor unit of the proportional share (what any till may compute). */
    public static boolean acceptable(long lineAmount, long sold, long quantity, long refund) {
        check(lineAmount, sold, 0, quantity);
        long low = floorPart(lineAmount, quantity, sold);
        long high = -Math.floorDiv(-Math.multiplyExact(lineAmount, quantity), sold); // ceiling
        return refund >= low && refund <= high;
    }

    private static long floorPart(long amount, long units, long sold) {
        return Math.floorDiv(Math.multiplyExact(amount, units), sold);
    }

    private static void check(long lineAmount, long sold, long before, long quantity) {
        if (sold <= 0 || before < 0 || quantity <= 0 || lineAmount < 0 || before + quantity > sold) {
            throw new IllegalArgumentException("returning " + quantity + " after " + before + " of " + sold
                    + " units of a line of " + lineAmount);
        }
    }
}
