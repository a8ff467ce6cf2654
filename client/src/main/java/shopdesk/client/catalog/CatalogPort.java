package shopdesk.client.catalog;

import java.util.List;
import java.util.Optional;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Page;
import shopdesk.dal.common.PageRequest;

/** Products, stock and customers of the till's shop, as the sale and catalog screens need them. */
public interface CatalogPort {

    /** A scanned barcode or a typed SKU (barcode first, as scanners send barcodes). */
    Optional<ProductView> findByCode(String code);

    /** The product as this till holds it now (after a pull, say); empty when deleted. */
    Optional<ProductView> findProduct(String id);

    /** Every product the code names: more than one when products share a barcode (the cashier picks). */
    List<ProductView> findAllByCode(String code);

    Page<ProductView> searchProducts(String query, PageRequest page);

    ProductView saveProduct(Actor actor, ProductForm form);

    void receiveStock(Actor actor, String productId, long quantity, String reason);

    void adjustStock(Actor actor, String productId, long delta, String reason);

    List<ProductView> lowStock();

    Page<CustomerView> searchCustomers(String query, PageRequest page);

    CustomerView saveCustomer(Actor actor, CustomerForm form);
}
