package shopdesk.client.touch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import shopdesk.client.catalog.CatalogPort;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.common.PageRequest;

/**
 * The touch grid's content: one tab per product category (in name order, any case), then "Other" for products
 * without one; a shop with no categories gets a single "All products" tab. Tiles are in name order.
 */
public final class TouchGridPresenter {
    /** More tiles than a cashier can scan by eye; the search (F2) finds the rest. */
    static final int MAX_TILES = 500;
    private final CatalogPort catalog;
    private Map<String, List<ProductView>> tabs = Map.of();

    public TouchGridPresenter(CatalogPort catalog) {
        this.catalog = catalog;
    }

    /** Reads the catalog again; returns the tab titles. */
    public List<String> reload() {
        List<ProductView> products = catalog.searchProducts("", PageRequest.first(MAX_TILES)).items();
        Map<String, List<ProductView>> byCategory = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<ProductView> other = new ArrayList<>();
        for (ProductView p : products) {
            if (p.category() == null || p.category().isBlank()) other.add(p);
            else byCategory.computeIfAbsent(p.category().strip(), k -> new ArrayList<>()).add(p);
        }
        Map<String, List<ProductView>> out = new LinkedHashMap<>();
        byCategory.forEach((k, v) -> out.put(k, sorted(v)));
        if (!other.isEmpty()) out.put(Messages.get(byCategory.isEmpty() ? "touch.all" : "touch.other"), sorted(other));
        tabs = out;
        return List.copyOf(out.keySet());
    }

    public List<String> tabs() {
        return List.copyOf(tabs.keySet());
    }

    public List<ProductView> tiles(String tab) {
        return tabs.getOrDefault(tab, List.of());
    }

    private static List<ProductView> sorted(List<ProductView> products) {
        products.sort((a, b) -> a.name().toLowerCase(Locale.ROOT).compareTo(b.name().toLowerCase(Locale.ROOT)));
        return List.copyOf(products);
    }
}
