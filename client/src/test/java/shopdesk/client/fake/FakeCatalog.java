package shopdesk.client.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import shopdesk.client.catalog.CatalogPort;
import shopdesk.client.catalog.CustomerForm;
import shopdesk.client.catalog.CustomerView;
import shopdesk.client.catalog.ProductForm;
import shopdesk.client.catalog.ProductView;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.common.Page;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.error.DuplicateException;

/** An in-memory catalog for presenter and panel tests. */
public final class FakeCatalog implements CatalogPort {
    public final Map<String, ProductView> products = new LinkedHashMap<>();
    public final Map<String, CustomerView> customers = new LinkedHashMap<>();
    public final List<String> stockLog = new ArrayList<>();

    public ProductView add(String sku, String barcode, String name, long price, int taxBp, long stock) {
        return add(sku, barcode, name, price, taxBp, stock, null);
    }

    public ProductView add(String sku, String barcode, String name, long price, int taxBp, long stock, String category) {
        ProductView p = new ProductView(Ids.newId(), sku, barcode, name, price, taxBp, 2, 1, stock, category);
        products.put(p.id(), p);
        return p;
    }

    public CustomerView addCustomer(String name, String phone) {
        CustomerView c = new CustomerView(Ids.newId(), name, phone, null, 1);
        customers.put(c.id(), c);
        return c;
    }

    @Override
    public Optional<ProductView> findByCode(String code) {
        return products.values().stream().filter(p -> code.equals(p.barcode())).findFirst()
                .or(() -> products.values().stream().filter(p -> p.sku().equalsIgnoreCase(code)).findFirst());
    }

    @Override
    public Optional<ProductView> findProduct(String id) {
        return Optional.ofNullable(products.get(id));
    }

    @Override
    public List<ProductView> findAllByCode(String code) {
        List<ProductView> shared = products.values().stream().filter(p -> code.equals(p.barcode())).toList();
        return shared.isEmpty() ? findByCode(code).map(List::of).orElse(List.of()) : shared;
    }

    @Override
    public Page<ProductView> searchProducts(String query, PageRequest page) {
        String q = query.toLowerCase(Locale.ROOT);
        return Page.of(products.values().stream().filter(p -> p.name().toLowerCase(Locale.ROOT).contains(q)
                || p.sku().toLowerCase(Locale.ROOT).contains(q)).skip(page.offset()).limit(page.limit() + 1L).toList(), page);
    }

    @Override
    public ProductView saveProduct(Actor actor, ProductForm f) {
        if (products.values().stream().anyMatch(p -> p.sku().equals(f.sku()) && !p.id().equals(f.id()))) {
            throw new DuplicateException("sku", "SKU " + f.sku() + " is already used");
        }
        ProductView old = f.id() == null ? null : products.get(f.id());
        if (old != null && old.version() != f.expectedVersion()) {
            throw new shopdesk.dal.error.StaleVersionException(shopdesk.dal.error.ErrorText.NOUN_PRODUCT, f.id(), f.expectedVersion(), old.version());
        }
        ProductView p = new ProductView(f.id() == null ? Ids.newId() : f.id(), f.sku(), f.barcode(), f.name(), f.unitPrice(),
                f.taxRateBp(), f.lowStockLevel(), old == null ? 1 : old.version() + 1, old == null ? 0 : old.stock(), f.category(),
                f.taxInclusive(), f.soldByWeight(), f.image() == null ? (old == null ? null : old.image())
                        : f.image().isEmpty() ? null : f.image());
        products.put(p.id(), p);
        return p;
    }

    @Override
    public void receiveStock(Actor actor, String productId, long quantity, String reason) {
        adjust(productId, quantity);
        stockLog.add("receive " + quantity + " " + reason);
    }

    @Override
    public void adjustStock(Actor actor, String productId, long delta, String reason) {
        adjust(productId, delta);
        stockLog.add("adjust " + delta + " " + reason);
    }

    public void adjust(String productId, long delta) {
        ProductView p = products.get(productId);
        products.put(productId, new ProductView(p.id(), p.sku(), p.barcode(), p.name(), p.unitPrice(), p.taxRateBp(),
                p.lowStockLevel(), p.version(), p.stock() + delta, p.category()));
    }

    @Override
    public List<ProductView> lowStock() {
        return products.values().stream().filter(p -> p.stock() <= p.lowStockLevel()).toList();
    }

    @Override
    public Page<CustomerView> searchCustomers(String query, PageRequest page) {
        String q = query.toLowerCase(Locale.ROOT);
        return Page.of(customers.values().stream().filter(c -> c.name().toLowerCase(Locale.ROOT).contains(q)
                || (c.phone() != null && c.phone().contains(q))).limit(page.limit() + 1L).toList(), page);
    }

    @Override
    public CustomerView saveCustomer(Actor actor, CustomerForm f) {
        CustomerView c = new CustomerView(f.id() == null ? Ids.newId() : f.id(), f.name(), f.phone(), f.email(), f.expectedVersion() + 1);
        customers.put(c.id(), c);
        return c;
    }
}
