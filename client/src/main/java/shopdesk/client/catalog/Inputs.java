package shopdesk.client.catalog;

import java.math.BigDecimal;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.common.Text;
import shopdesk.dal.money.Limits;
import shopdesk.dal.money.Money;

/** Parsing of what staff type into forms; each returns null and records a plain message on bad input. */
final class Inputs {
    private Inputs() {
    }

    static Long money(String text, String field, FormErrors errors) {
        try {
            long v = Money.parse(text);
            if (v < 0) {
                errors.add(field, Messages.get("input.negative"));
                return null;
            }
            if (v > Limits.MAX_AMOUNT) {
                errors.add(field, Messages.get("input.atMost", Money.format(Limits.MAX_AMOUNT)));
                return null;
            }
            return v;
        } catch (IllegalArgumentException e) {
            errors.add(field, Messages.get(text == null || text.isBlank() ? "input.amount" : "input.notAmount"));
            return null;
        }
    }

    /** "18" -> 1800 basis points, "12.5" -> 1250. */
    static Integer taxRate(String text, String field, FormErrors errors) {
        try {
            BigDecimal pct = new BigDecimal(text.trim().replace("%", ""));
            int bp = pct.movePointRight(2).intValueExact();
            if (!Limits.TAX_RATE.contains(bp)) throw new ArithmeticException();
            return bp;
        } catch (RuntimeException e) {
            errors.add(field, Messages.get("input.percent"));
            return null;
        }
    }

    /** A whole number from min to max (a stock quantity, unless a caller says otherwise). */
    static Long wholeNumber(String text, String field, FormErrors errors, long min) {
        return wholeNumber(text, field, errors, min, Limits.MAX_STOCK);
    }

    static Long wholeNumber(String text, String field, FormErrors errors, long min, long max) {
        try {
            long v = Long.parseLong(text.trim());
            if (v < min || v > max) throw new NumberFormatException();
            return v;
        } catch (RuntimeException e) {
            errors.add(field, Messages.get(min >= 0 ? "input.whole" : "input.wholeSigned", String.valueOf(min), String.valueOf(max)));
            return null;
        }
    }

    /** Null (and a message) when the text holds a control character or nothing visible. */
    static String name(String text, String field, String missing, FormErrors errors) {
        if (Text.isVisiblyEmpty(text)) {
            errors.add(field, missing);
            return null;
        }
        if (Text.hasControlCharacter(text)) {
            errors.add(field, Messages.get("input.control"));
            return null;
        }
        return text.strip();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
