package shopdesk.client.catalog;

import java.math.BigDecimal;
import shopdesk.dal.money.Money;

/** Parsing of what staff type into forms; each returns null and records a plain message on bad input. */
final class Inputs {
    private Inputs() {
    }

    static Long money(String text, String field, FormErrors errors) {
        try {
            long v = Money.parse(text);
            if (v < 0) {
                errors.add(field, "Must not be negative");
                return null;
            }
            return v;
        } catch (IllegalArgumentException e) {
            errors.add(field, text == null || text.isBlank() ? "Enter an amount, e.g. 49.50" : "Not an amount: use 49.50");
            return null;
        }
    }

    /** "18" -> 1800 basis points, "12.5" -> 1250. */
    static Integer taxRate(String text, String field, FormErrors errors) {
        try {
            BigDecimal pct = new BigDecimal(text.trim().replace("%", ""));
            int bp = pct.movePointRight(2).intValueExact();
            if (bp < 0 || bp > 10_000) throw new ArithmeticException();
            return bp;
        } catch (RuntimeException e) {
            errors.add(field, "A percentage from 0 to 100, e.g. 18 or 12.5");
            return null;
        }
    }

    static Long wholeNumber(String text, String field, FormErrors errors, long min) {
        try {
            long v = Long.parseLong(text.trim());
            if (v < min) throw new NumberFormatException();
            return v;
        } catch (RuntimeException e) {
            errors.add(field, min > 0 ? "A whole number of at least " + min : min == 0 ? "A whole number, 0 or more" : "A whole number, e.g. -2 or 5");
            return null;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
