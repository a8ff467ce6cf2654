package shopdesk.dal.report;

import com.google.gson.Gson;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import shopdesk.dal.report.ReportRows.ProductSales;

/**
 * One calendar day's report sections from its bills, as sums that add up across days: sold {bills, subtotal, tax,
 * total}, discounts and voids {count, amount}, hours, cashiers and payment methods {count, amount}, tax rates
 * {taxable, tax, total}, every product sold (not only the top ones: the top of a month is taken after adding). Returns
 * are not in here: they are read live for the whole range. Kept as JSON in {@code report_day}.
 */
final class DaySections {
    private static final Gson GSON = new Gson();
    long[] sold = new long[4];
    long[] discounts = new long[2];
    long[] voids = new long[2];
    long[][] hours = new long[24][2];
    Map<String, long[]> cashiers = new HashMap<>();
    Map<String, long[]> payments = new TreeMap<>();
    Map<Integer, long[]> rates = new TreeMap<>();
    Map<String, ProductSales> products = new HashMap<>();

    /** Adds {@code other} (another day) into this one. */
    void add(DaySections other) {
        plus(sold, other.sold);
        plus(discounts, other.discounts);
        plus(voids, other.voids);
        for (int h = 0; h < 24; h++) plus(hours[h], other.hours[h]);
        other.cashiers.forEach((k, v) -> plus(cashiers.computeIfAbsent(k, x -> new long[2]), v));
        other.payments.forEach((k, v) -> plus(payments.computeIfAbsent(k, x -> new long[2]), v));
        other.rates.forEach((k, v) -> plus(rates.computeIfAbsent(k, x -> new long[3]), v));
        other.products.values().forEach(p -> Netting.add(products, p));
    }

    String toJson() {
        return GSON.toJson(this);
    }

    static DaySections fromJson(String json) {
        DaySections d = GSON.fromJson(json, DaySections.class);
        // Gson reads the maps as its own kinds; the report adds into them and sorts by key
        d.cashiers = new HashMap<>(d.cashiers);
        d.payments = new TreeMap<>(d.payments);
        d.rates = new TreeMap<>(d.rates);
        d.products = new HashMap<>(d.products);
        return d;
    }

    private static void plus(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) into[i] = Math.addExact(into[i], from[i]);
    }
}
