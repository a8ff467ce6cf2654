package shopdesk.dal.product;

import shopdesk.dal.common.Text;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.Limits;
import shopdesk.dal.money.Money;
import shopdesk.protocol.payload.ProductImage;

/**
 * What a user enters for a product. Prices are minor units (per kg when sold by weight), tax-exclusive unless
 * {@code taxInclusive}; tax in basis points (1800 = 18%). {@code image}: a base64 PNG (ProductImage); null keeps the
 * stored picture, "" removes it.
 */
public record ProductDraft(String sku, String barcode, String name, long unitPrice, int taxRateBp, long lowStockLevel,
                           String category, boolean taxInclusive, boolean soldByWeight, String image) {
    public static final int MAX_CATEGORY_LENGTH = 64;

    /** A draft that keeps the stored picture. */
    public ProductDraft(String sku, String barcode, String name, long unitPrice, int taxRateBp, long lowStockLevel,
                        String category, boolean taxInclusive, boolean soldByWeight) {
        this(sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, category, taxInclusive, soldByWeight, null);
    }

    /** A copy with this picture (a base64 PNG, "" for none, null to keep the stored one). */
    public ProductDraft withImage(String png) {
        return new ProductDraft(sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, category, taxInclusive,
                soldByWeight, png);
    }

    /** A product without a category, tax-exclusive, by unit. */
    public ProductDraft(String sku, String barcode, String name, long unitPrice, int taxRateBp, long lowStockLevel) {
        this(sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, null, false, false);
    }

    /** A tax-exclusive product sold by unit. */
    public ProductDraft(String sku, String barcode, String name, long unitPrice, int taxRateBp, long lowStockLevel,
                        String category) {
        this(sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, category, false, false);
    }

    /** A product without a category. */
    public ProductDraft(String sku, String barcode, String name, long unitPrice, int taxRateBp, long lowStockLevel,
                        boolean taxInclusive, boolean soldByWeight) {
        this(sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, null, taxInclusive, soldByWeight);
    }

    /** Trimmed and checked; throws ValidationException naming the field. */
    public ProductDraft validated() {
        String s = Text.required("sku", sku, 64, ErrorText.LABEL_SKU);
        String b = Text.optional("barcode", barcode, 64, ErrorText.LABEL_BARCODE);
        if (b != null && !b.matches("[0-9A-Za-z\\-]+")) {
            throw new ValidationException("barcode", ErrorText.BARCODE_CHARS);
        }
        String n = Text.required("name", name, 200, ErrorText.LABEL_NAME);
        if (unitPrice < 0) throw new ValidationException("unitPrice", ErrorText.PRICE_NEGATIVE);
        if (unitPrice > Limits.MAX_AMOUNT) {
            throw new ValidationException("unitPrice", ErrorText.PRICE_MAX, Money.format(Limits.MAX_AMOUNT));
        }
        if (!Limits.TAX_RATE.contains(taxRateBp)) throw new ValidationException("taxRateBp", ErrorText.TAX_RATE_RANGE);
        if (!Limits.STOCK_LEVEL.contains(lowStockLevel)) {
            throw new ValidationException("lowStockLevel", ErrorText.LOW_STOCK_RANGE, Limits.MAX_STOCK);
        }
        String c = Text.optional("category", category, MAX_CATEGORY_LENGTH, ErrorText.LABEL_CATEGORY);
        String problem = ProductImage.problem(image);
        if (problem != null) throw new ValidationException("image", ErrorText.IMAGE_PROBLEM, problem);
        return new ProductDraft(s, b, n, unitPrice, taxRateBp, lowStockLevel, c, taxInclusive, soldByWeight, image);
    }
}
