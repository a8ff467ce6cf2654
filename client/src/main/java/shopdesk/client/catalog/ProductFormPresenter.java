package shopdesk.client.catalog;

import java.util.Optional;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.dal.error.StaleVersionException;
import shopdesk.dal.money.Money;

/** Create or edit a product: validates every field inline, then saves through the CatalogPort. */
public final class ProductFormPresenter {
    public static final String SKU = "sku", BARCODE = "barcode", NAME = "name", PRICE = "price", TAX = "tax",
            LOW_STOCK = "lowStock", CATEGORY = "category";
    private final CatalogPort catalog;
    private final SessionHolder sessions;
    private final FormErrors errors = new FormErrors();
    private ProductView editing;
    private ProductView current;
    private String staleMessage;
    private String pendingImage;

    public ProductFormPresenter(CatalogPort catalog, SessionHolder sessions) {
        this.catalog = catalog;
        this.sessions = sessions;
    }

    public void edit(ProductView p) {
        editing = p;
        current = null;
        staleMessage = null;
        pendingImage = null;
        errors.clear();
    }

    /** The picture the next save stores: a base64 PNG from {@link ProductImages}, or "" to remove it. */
    public void setImage(String png) {
        pendingImage = png;
    }

    /** The picture the form shows: the one chosen since opening the product, else its stored one; null for none. */
    public String image() {
        if (pendingImage != null) return pendingImage.isEmpty() ? null : pendingImage;
        return editing == null ? null : editing.image();
    }

    public Optional<ProductView> editing() {
        return Optional.ofNullable(editing);
    }

    /** The form's texts for a product (blank for a new one). */
    public static String[] texts(ProductView p) {
        if (p == null) return new String[] {"", "", "", "", "", "0", ""};
        return new String[] {p.sku(), p.barcode() == null ? "" : p.barcode(), p.name(), Money.plain(p.unitPrice()),
                Money.rate(p.taxRateBp()).replace("%", ""), String.valueOf(p.lowStockLevel()),
            p.category() == null ? "" : p.category()};
    }

    /** Saves; on failure {@link #errors()} names the fields to outline. */
    public Optional<ProductView> save(String sku, String barcode, String name, String price, String tax, String lowStock) {
        return save(sku, barcode, name, price, tax, lowStock, editing == null ? null : editing.category());
    }

    /** As above with the product's category (its tab on the touch grid; blank for none). */
    public Optional<ProductView> save(String sku, String barcode, String name, String price, String tax, String lowStock,
                                      String category) {
        return save(sku, barcode, name, price, tax, lowStock, category, editing != null && editing.taxInclusive(),
                editing != null && editing.soldByWeight());
    }

    /** Saves with the price's tax treatment and whether the product is sold by the kg (the category kept). */
    public Optional<ProductView> save(String sku, String barcode, String name, String price, String tax, String lowStock,
                                      boolean taxInclusive, boolean soldByWeight) {
        return save(sku, barcode, name, price, tax, lowStock, editing == null ? null : editing.category(), taxInclusive,
                soldByWeight);
    }

    /** Saves with the category (the touch grid's tab; blank for none), the price's tax treatment and sold by kg. */
    public Optional<ProductView> save(String sku, String barcode, String name, String price, String tax, String lowStock,
                                      String category, boolean taxInclusive, boolean soldByWeight) {
        errors.clear();
        String cleanCategory = category == null || category.isBlank() ? null : Inputs.name(category, CATEGORY, "", errors);
        if (cleanCategory != null && cleanCategory.length() > 64) errors.add(CATEGORY, Messages.get("product.error.category"));
        if (sku == null || sku.isBlank()) errors.add(SKU, Messages.get("product.error.sku"));
        else if (!sku.trim().matches("[A-Za-z0-9._-]{1,64}")) errors.add(SKU, Messages.get("product.error.skuChars"));
        if (barcode != null && !barcode.isBlank() && !barcode.trim().matches("[0-9A-Za-z-]{4,64}")) {
            errors.add(BARCODE, Messages.get("product.error.barcode"));
        }
        String cleanName = Inputs.name(name, NAME, Messages.get("product.error.name"), errors);
        Long unitPrice = Inputs.money(price, PRICE, errors);
        Integer rate = Inputs.taxRate(tax == null ? "" : tax, TAX, errors);
        Long low = Inputs.wholeNumber(lowStock == null || lowStock.isBlank() ? "0" : lowStock, LOW_STOCK, errors, 0);
        if (!errors.isEmpty()) return Optional.empty();
        ProductForm form = new ProductForm(editing == null ? null : editing.id(), editing == null ? 0 : editing.version(),
                sku.trim(), Inputs.blankToNull(barcode), cleanName, unitPrice, rate, low, cleanCategory, taxInclusive,
                soldByWeight, pendingImage);
        try {
            ProductView saved = catalog.saveProduct(sessions.require().actor(), form);
            editing = saved;
            pendingImage = null;
            return Optional.of(saved);
        } catch (StaleVersionException e) {
            current = catalog.findProduct(editing.id()).orElse(null);
            staleMessage = StaleProduct.message(editing, current);
            errors.add(NAME, Messages.get("product.stale.short"));
            return Optional.empty();
        } catch (ShopDeskException e) {
            errors.add(e.field() == null ? NAME : fieldOf(e.field()), Messages.of(e));
            return Optional.empty();
        } catch (RuntimeException e) {
            errors.add(NAME, PlainMessages.forFailure(Messages.get("product.notSaved"), e));
            return Optional.empty();
        }
    }

    /** After a save found the product changed meanwhile: what changed, in one line; empty otherwise. */
    public Optional<String> staleMessage() {
        return Optional.ofNullable(staleMessage);
    }

    /** Edits the product as it is now, after a stale save; null when it was deleted meanwhile. */
    public ProductView reloadCurrent() {
        ProductView now = current;
        edit(now);
        return now;
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
