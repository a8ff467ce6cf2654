package shopdesk.dal.dayclose;

import java.util.List;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.Limits;
import shopdesk.protocol.payload.DrawerCount.Denomination;

/** What the person counted: notes and coins by value, or one total when {@code denominations} is empty. */
public record CountInput(List<Denomination> denominations, long total) {
    public CountInput {
        denominations = denominations == null ? List.of() : List.copyOf(denominations);
    }

    public static CountInput ofTotal(long total) {
        return new CountInput(List.of(), total);
    }

    public static CountInput of(List<Denomination> denominations) {
        return new CountInput(denominations, 0);
    }

    /** The counted cash, range-checked; overflow is a ValidationException naming the field, never a wrapped number. */
    public long counted() {
        if (denominations.isEmpty()) {
            if (!Limits.AMOUNT.contains(total)) throw new ValidationException("count.total", ErrorText.COUNT_RANGE, Limits.AMOUNT.min(), Limits.AMOUNT.max(), total);
            return total;
        }
        long sum = 0;
        for (int i = 0; i < denominations.size(); i++) {
            Denomination d = denominations.get(i);
            String field = "count.denominations[" + i + "]";
            if (d.value() < 1 || d.value() > Limits.MAX_AMOUNT) throw new ValidationException(field + ".value", ErrorText.NOTE_VALUE_MIN);
            if (d.count() < 0 || d.count() > Limits.MAX_QUANTITY * 100) throw new ValidationException(field + ".count", ErrorText.COUNT_PIECES_RANGE, Limits.MAX_QUANTITY * 100);
            try {
                sum = Math.addExact(sum, Math.multiplyExact(d.value(), d.count()));
            } catch (ArithmeticException e) {
                throw new ValidationException(field, ErrorText.COUNT_TOO_LARGE);
            }
        }
        if (sum > Limits.MAX_AMOUNT) throw new ValidationException("count", ErrorText.COUNT_RANGE, Limits.AMOUNT.min(), Limits.AMOUNT.max(), sum);
        return sum;
    }
}
