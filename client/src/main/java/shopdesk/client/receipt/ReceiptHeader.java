package shopdesk.client.receipt;

import shopdesk.dal.config.Config;

/**
 * The top of a receipt: the shop's name, address and tax id (GSTIN, VAT number). From config
 * ({@code receipt.address}, {@code receipt.tax-id}; the name is the till's shop name), a small record so a settings
 * screen can feed it later.
 */
public record ReceiptHeader(String shopName, String address, String taxId) {
    public static final ReceiptHeader NONE = new ReceiptHeader(null, null, null);

    public static ReceiptHeader from(Config config) {
        return new ReceiptHeader(null, config.find("receipt.address").map(String::trim).filter(s -> !s.isEmpty()).orElse(null),
                config.find("receipt.tax-id").map(String::trim).filter(s -> !s.isEmpty()).orElse(null));
    }

    /** The lines under the shop's name: the address split at commas and new lines, then the tax id. */
    public java.util.List<String> lines() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (address != null) for (String part : address.split("\\s*[,\\n]\\s*")) out.add(part);
        if (taxId != null) out.add("Tax id " + taxId);
        return out;
    }

    /** The same header with the shop's name. */
    public ReceiptHeader named(String name) {
        return new ReceiptHeader(name, address, taxId);
    }
}
