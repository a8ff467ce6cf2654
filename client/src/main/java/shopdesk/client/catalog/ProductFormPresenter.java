package shopdesk.client.catalog;

import java.util.Optional;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.dal.money.Money;

/** Create or edit a product: validates every field inline, then saves through the CatalogPort. */
public final class ProductFormPresenter {
    public static final String SKU = "sku", BARCODE = "barcode", NAME = "name", PRICE = "price", TAX = "tax",
            LOW_STOCK = "lowStock";
    private final CatalogPort catalog;
    private final SessionHolder sessions;
    private final FormErrors errors = new FormErrors();
    private ProductView editing;

    public ProductFormPresenter(CatalogPort catalog, SessionHolder sessions) {
        this.catalog = catalog;
        this.sessions = sessions;
    }

    public void edit(ProductView p) {
        editing = p;
        errors.clear();
    }

    public Optional<ProductView> editing() {
        return Optional.ofNullable(editing);
    }

    /** The form's texts for a product (blank for a new one). */
    public static String[] texts(ProductView p) {
        if (p == null) return new String[] {"", "", "", "", "", "0"};
        return new String[] {p.sku(), p.barcode() == null ? "" : p.barcode(), p.name(), Money.format(p.unitPrice()),
                Money.rate(p.taxRateBp()).replace("%", ""), String.valueOf(p.lowStockLevel())};
    }

    /** Saves; on failure {@link #errors()} names the fields to outline. */
    public Optional<ProductView> save(String sku, String barcode, String name, String price, String tax, String lowStock) {
        return save(sku, barcode, name, price, tax, lowStock, editing != null && editing.taxInclusive(),
                editing != null && editing.soldByWeight());
    }

    /** Saves with the price's tax treatment and whether the product is sold by the kg. */
    public Optional<ProductView> save(String sku, String barcode, String name, String price, String tax, String lowStock,
                                      boolean taxInclusive, boolean soldByWeight) {
        errors.clear();
        if (sku == null || sku.isBlank()) errors.add(SKU, "Enter a SKU");
        else if (!sku.trim().matches("[A-Za-z0-9._-]{1,64}")) errors.add(SKU, "Letters, digits, . _ - only (up to 64)");
        if (barcode != null && !barcode.isBlank() && !barcode.trim().matches("[0-9A-Za-z-]{4,64}")) {
            errors.add(BARCODE, "4 to 64 digits or letters");
        }
        String cleanName = Inputs.name(name, NAME, "Enter the product's name", errors);
        Long unitPrice = Inputs.money(price, PRICE, errors);
        Integer rate = Inputs.taxRate(tax == null ? "" : tax, TAX, errors);
        Long low = Inputs.wholeNumber(lowStock == null || lowStock.isBlank() ? "0" : lowStock, LOW_STOCK, errors, 0);
        if (!errors.isEmpty()) return Optional.empty();
        ProductForm form = new ProductForm(editing == null ? null : editing.id(), editing == null ? 0 : editing.version(),
                sku.trim(), Inputs.blankToNull(barcode), cleanName, unitPrice, rate, low, taxInclusive, soldByWeight);
        try {
            ProductView saved = catalog.saveProduct(sessions.require().actor(), form);
            editing = saved;
            return Optional.of(saved);
        } catch (ShopDeskException e) {
            errors.add(e.field() == null ? NAME : fieldOf(e.field()), e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            errors.add(NAME, PlainMessages.forFailure("The product was not saved", e));
            return Optional.empty();
        }
    }

    public FormErrors errors() {
        return errors;
    }

    private static String fieldOf(String serviceField) {
        return switch (serviceField) {
            case "unitPrice", "unit_price" -> PRICE;
            case "taxRateBp", "tax_rate_bp" -> TAX;
            case "lowStockLevel" -> LOW_STOCK;
            default -> serviceField;
        };
    }
}
