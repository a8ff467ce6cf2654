package shopdesk.client.cloud;

import com.google.gson.JsonObject;
import shopdesk.dal.common.Actor;
import shopdesk.dal.customer.CustomerDraft;
import shopdesk.dal.customer.CustomerService;
import shopdesk.dal.error.InvalidStateException;
import shopdesk.dal.product.ProductDraft;
import shopdesk.dal.product.ProductService;

/**
 * Writes a field-by-field merge of a product or customer into the till's database, so the merged state is the
 * stream's latest entry that a force push then sends over the server's version.
 */
public final class LocalMerge {
    private final ProductService products;
    private final CustomerService customers;
    private final String shopId;

    public LocalMerge(ProductService products, CustomerService customers, String shopId) {
        this.products = products;
        this.customers = customers;
        this.shopId = shopId;
    }

    public void apply(Actor actor, String entityType, String entityId, JsonObject m) {
        switch (entityType) {
            case "product" -> {
                var p = products.findById(shopId, entityId).orElseThrow();
                products.update(actor, entityId, p.version(), new ProductDraft(str(m, "sku", p.sku()), str(m, "barcode", p.barcode()),
                        str(m, "name", p.name()), num(m, "unitPrice", p.unitPrice()), (int) num(m, "taxRateBp", p.taxRateBp()),
                        num(m, "lowStockLevel", p.lowStockLevel()), bool(m, "taxInclusive", p.taxInclusive()),
                        bool(m, "soldByWeight", p.soldByWeight())));
            }
            case "customer" -> {
                var c = customers.findById(shopId, entityId).orElseThrow();
                customers.update(actor, entityId, c.version(), new CustomerDraft(str(m, "name", c.name()),
                        str(m, "phone", c.phone()), str(m, "email", c.email())));
            }
            default -> throw new InvalidStateException("entityType", "A " + entityType + " cannot be merged field by field");
        }
    }

    private static String str(JsonObject o, String k, String fallback) {
        return o.has(k) && !o.get(k).isJsonNull() ? o.get(k).getAsString() : fallback;
    }

    private static long num(JsonObject o, String k, long fallback) {
        return o.has(k) && !o.get(k).isJsonNull() ? o.get(k).getAsLong() : fallback;
    }

    private static boolean bool(JsonObject o, String k, boolean fallback) {
        return o.has(k) && !o.get(k).isJsonNull() ? o.get(k).getAsBoolean() : fallback;
    }
}
