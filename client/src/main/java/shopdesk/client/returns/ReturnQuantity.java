package shopdesk.client.returns;

import java.util.Locale;
import java.util.OptionalLong;
import shopdesk.dal.stock.StockQuantity;

/**
 * A quantity on the Returns screen: a count, or for a weighed line kg with up to three decimals, stored in grams
 * as the bill stores it. Read the way the sale screen reads a weight. No Swing.
 */
final class ReturnQuantity {
    private ReturnQuantity() {
    }

    /** "1.25 kg" for 1250 g of a weighed line, "3" for a count; "0 kg" for nothing of a weighed one. */
    static String shown(long quantity, boolean weighed) {
        return StockQuantity.format(quantity, weighed);
    }

    /** What was typed in stored units ("0.5", "0,5" or "0.5 kg" of a weighed line: 500); empty when it is not one. */
    static OptionalLong read(String text, boolean weighed) {
        String typed = typed(text, weighed);
        return StockQuantity.parse(typed, weighed, Long.MIN_VALUE);
    }

    /** The text as read: trimmed, and for a weighed line without its "kg". */
    static String typed(String text, boolean weighed) {
        String typed = text == null ? "" : text.strip();
        if (weighed && typed.toLowerCase(Locale.ROOT).endsWith("kg")) typed = typed.substring(0, typed.length() - 2).strip();
        return typed;
    }
}
