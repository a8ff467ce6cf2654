package shopdesk.dal.bill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.Money;

/**
 * A discount as the cashier gave it: a percent (in basis points, 1000 = 10%) or an amount in minor units. The
 * amount it takes off is computed from the base it applies to, half up to the minor unit.
 */
public record Discount(Kind kind, long value) {
    public enum Kind { PERCENT, AMOUNT }

    public static Discount percent(long basisPoints) {
        return new Discount(Kind.PERCENT, basisPoints);
    }

    public static Discount amount(long minor) {
        return new Discount(Kind.AMOUNT, minor);
    }

    /** The minor units this discount takes off {@code base}; a discount above the base is refused, never clipped. */
    public long of(long base, String field) {
        if (kind == null) throw new ValidationException(field, ErrorText.DISCOUNT_KIND);
        if (value < 0) throw new ValidationException(field, ErrorText.DISCOUNT_NEGATIVE);
        long off;
        if (kind == Kind.PERCENT) {
            if (value > 10_000) throw new ValidationException(field, ErrorText.DISCOUNT_OVER_100);
            off = BigDecimal.valueOf(base).multiply(BigDecimal.valueOf(value))
                    .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).longValueExact();
        } else {
            off = value;
        }
        if (off > base) {
            throw new ValidationException(field, ErrorText.DISCOUNT_OVER_BASE, Money.format(off),
                    Money.format(base));
        }
        return off;
    }

    /** "10%" or "5.00", for screens and receipts. */
    public String describe() {
        return kind == Kind.PERCENT ? Money.rate((int) value) : Money.format(value);
    }
}
