package shopdesk.client.local;

import java.util.List;
import java.util.Optional;
import shopdesk.client.catalog.CatalogPort;
import shopdesk.client.catalog.CustomerForm;
import shopdesk.client.catalog.CustomerView;
import shopdesk.client.catalog.ProductForm;
import shopdesk.client.catalog.ProductView;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Page;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.customer.Customer;
import shopdesk.dal.customer.CustomerDraft;
import shopdesk.dal.customer.CustomerService;
import shopdesk.dal.product.Product;
import shopdesk.dal.product.ProductDraft;
import shopdesk.dal.product.ProductService;
import shopdesk.dal.stock.StockLevel;
import shopdesk.dal.stock.StockService;

/** The catalog port over the till's own database (dal services); every change lands in the SyncQueue. */
public final class LocalCatalog implements CatalogPort {
    private final ProductService products;
    private final StockService stock;
    private final CustomerService customers;
    private final String shopId;

    public LocalCatalog(ProductService products, StockService stock, CustomerService customers, String shopId) {
        this.products = products;
        this.stock = stock;
        this.customers = customers;
        this.shopId = shopId;
    }

    @Override
    public Optional<ProductView> findByCode(String code) {
        return products.findByCode(shopId, code).filter(p -> !p.deleted()).map(this::view);
    }

    @Override
    public Optional<ProductView> findProduct(String id) {
        return products.findById(shopId, id).filter(p -> !p.deleted()).map(this::view);
    }

    @Override
    public List<ProductView> findAllByCode(String code) {
        return products.findAllByCode(shopId, code).stream().filter(p -> !p.deleted()).map(this::view).toList();
    }

    @Override
    public Page<ProductView> searchProducts(String query, PageRequest page) {
        return products.search(shopId, query, page).map(this::view);
    }

    @Override
    public ProductView saveProduct(Actor actor, ProductForm f) {
        ProductDraft draft = new ProductDraft(f.sku(), f.barcode(), f.name(), f.unitPrice(), f.taxRateBp(), f.lowStockLevel(),
                f.category(), f.taxInclusive(), f.soldByWeight(), f.image());
        Product p = f.id() == null ? products.create(actor, draft) : products.update(actor, f.id(), f.expectedVersion(), draft);
        return view(p);
    }

    @Override
    public void receiveStock(Actor actor, String productId, long quantity, String reason) {
        stock.receive(actor, productId, quantity, reason);
    }

    @Override
    public void adjustStock(Actor actor, String productId, long delta, String reason) {
        stock.adjust(actor, productId, delta, reason);
    }

    @Override
    public List<ProductView> lowStock() {
        return stock.lowStock(shopId).stream().map(l -> products.findById(shopId, l.productId()).map(this::view))
                .flatMap(Optional::stream).toList();
    }

    @Override
    public Page<CustomerView> searchCustomers(String query, PageRequest page) {
        return customers.search(shopId, query, page).map(LocalCatalog::view);
    }

    @Override
    public CustomerView saveCustomer(Actor actor, CustomerForm f) {
        CustomerDraft d = new CustomerDraft(f.name(), f.phone(), f.email());
        return view(f.id() == null ? customers.create(actor, d) : customers.update(actor, f.id(), f.expectedVersion(), d));
    }

    private ProductView view(Product p) {
        long qty = stock.level(shopId, p.id()).map(StockLevel::quantity).orElse(0L);
        return new ProductView(p.id(), p.sku(), p.barcode(), p.name(), p.unitPrice(), p.taxRateBp(), p.lowStockLevel(),
                p.version(), qty, p.category(), p.taxInclusive(), p.soldByWeight(), p.image());
    }

    static CustomerView view(Customer c) {
        return new CustomerView(c.id(), c.name(), c.phone(), c.email(), c.version());
    }
}
