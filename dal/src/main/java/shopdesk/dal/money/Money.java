package shopdesk.dal.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is a long number of minor units (paise, cents). These helpers only format and parse it. */
public final class Money {
    private Money() {
    }

    /**
     * An amount as people read it, in the till's configured {@link MoneyFormat}: "₹ 1,23,456.50" in an Indian shop,
     * "$ 123,456.50" in a US one; "123.45" where no format is configured (the server).
     */
    public static String format(long minor) {
        return MoneyFormat.current().format(minor);
    }

    /** 12345 -> "123.45", -5 -> "-0.05": for a field the user edits, never grouped or with a symbol. */
    public static String plain(long minor) {
        return BigDecimal.valueOf(minor, 2).toPlainString();
    }

    /**
     * "123.45" -> 12345; a currency symbol and grouping commas are ignored, so a shown amount parses back; more than
     * two decimals or a non-number is an IllegalArgumentException.
     */
    public static long parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("Enter an amount");
        try {
            String bare = text.strip().replace(",", "").replaceFirst("^(-?)\\s*(₹|\\$|Rs\\.?|US\\$|£|€)\\s*", "$1");
            BigDecimal value = new BigDecimal(bare);
            return value.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("Not an amount with at most two decimals: " + text);
        }
    }

    /** Tax on an amount at a rate in basis points, rounded half up to the minor unit. */
    public static long tax(long amountMinor, int rateBasisPoints) {
        return BigDecimal.valueOf(amountMinor).multiply(BigDecimal.valueOf(rateBasisPoints))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** 1800 -> "18%", 1250 -> "12.5%". */
    public static String rate(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
    }
}
