package shopdesk.dal.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * How amounts are shown: the shop's currency symbol and its locale's digit grouping. India groups by lakh and crore
 * (₹ 1,23,456.50), which java.text.DecimalFormat cannot do (it keeps one group size), so grouping is done here.
 * {@link #PLAIN} (no symbol, no grouping) is the default until the till configures its shop's format.
 */
public record MoneyFormat(String symbol, boolean indianGrouping) {
    public static final MoneyFormat PLAIN = new MoneyFormat("", false);
    private static volatile MoneyFormat current = PLAIN;

    /** The format for a currency in a locale: INR in en-IN gives "₹" and lakh grouping; USD in en-US "$". */
    public static MoneyFormat of(Currency currency, Locale locale) {
        String symbol = currency.getSymbol(locale);
        if (symbol.equals(currency.getCurrencyCode()) && currency.getCurrencyCode().equals("INR")) symbol = "₹";
        return new MoneyFormat(symbol, "IN".equals(locale.getCountry()));
    }

    /** The format every {@link Money#format} call uses from now on (set once when the till reads its settings). */
    public static void use(MoneyFormat format) {
        current = format == null ? PLAIN : format;
    }

    public static MoneyFormat current() {
        return current;
    }

    /** 12345650 -> "₹ 1,23,456.50"; -5 -> "-₹ 0.05". */
    public String format(long minor) {
        String plain = BigDecimal.valueOf(minor, 2).toPlainString();
        if (this.equals(PLAIN)) return plain;
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String grouped = group(digits.substring(0, dot)) + digits.substring(dot);
        return (negative ? "-" : "") + (symbol.isEmpty() ? "" : symbol + " ") + grouped;
    }

    private String group(String whole) {
        StringBuilder out = new StringBuilder();
        int n = whole.length();
        int firstGroup = 3;
        int group = indianGrouping ? 2 : 3;
        for (int i = 0; i < n; i++) {
            int fromEnd = n - i;
            out.append(whole.charAt(i));
            int left = fromEnd - 1;
            if (left > 0 && (left == firstGroup || left > firstGroup && (left - firstGroup) % group == 0)) out.append(',');
        }
        return out.toString();
    }
}
