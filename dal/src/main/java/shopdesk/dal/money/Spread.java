package shopdesk.dal.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shares an amount out over weights in proportion, to the minor unit, so the shares add up to the amount exactly:
 * each gets the floor of its exact share and the units left over go one each to the largest remainders (ties: the
 * earlier weight). Used to spread a bill discount over the lines it is taxed on.
 */
public final class Spread {
    private Spread() {
    }

    public static long[] largestRemainder(long amount, List<Long> weights) {
        long[] shares = new long[weights.size()];
        long total = 0;
        for (long w : weights) total = Math.addExact(total, w);
        if (amount == 0 || total == 0) return shares;
        BigInteger a = BigInteger.valueOf(amount), t = BigInteger.valueOf(total);
        List<long[]> remainders = new ArrayList<>(weights.size()); // {index, remainder}
        long given = 0;
        for (int i = 0; i < shares.length; i++) {
            BigInteger[] qr = a.multiply(BigInteger.valueOf(weights.get(i))).divideAndRemainder(t);
            shares[i] = qr[0].longValueExact();
            given = Math.addExact(given, shares[i]);
            remainders.add(new long[] {i, qr[1].longValueExact()});
        }
        remainders.sort(Comparator.<long[]>comparingLong(r -> -r[1]).thenComparingLong(r -> r[0]));
        for (int k = 0; given < amount; k++, given++) shares[(int) remainders.get(k)[0]]++;
        return shares;
    }
}
