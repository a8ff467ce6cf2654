package shopdesk.client.sync;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.money.Money;

/**
 * Queue entries in the words staff use: a product by name and SKU, a bill by its label and total, a customer by
 * name; payload fields by their label on screen ("Price", "Tax rate") with money and percentages formatted.
 */
public final class EntryWords {
    /** Payload fields with a label in the bundle (conflict.field.NAME); others keep their name. */
    private static final java.util.Set<String> LABELLED = java.util.Set.of("sku", "barcode", "name", "unitPrice", "taxRateBp",
            "lowStockLevel", "phone", "email", "category", "taxInclusive", "soldByWeight");

    private static final java.util.Set<String> ACTIONS = java.util.Arrays.stream(shopdesk.protocol.ChangeAction.values())
            .map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private EntryWords() {
    }

    /** A queue state in the till's language ("Waiting to retry"). */
    public static String state(EntryState s) {
        return Messages.get("sync.state." + s.name());
    }

    /** What an entry does in the till's language ("Bill void"); an action this till does not know keeps its name. */
    public static String action(String action) {
        return action != null && ACTIONS.contains(action) ? Messages.get("sync.action." + action) : String.valueOf(action);
    }

    /** "Green tea (GRN)", "Bill T1-000003, 42.00", "Asha Rao", or the type and a short id when the payload says nothing. */
    public static String name(String entityType, String entityId, String payloadJson) {
        JsonObject p = parse(payloadJson);
        String name = text(p, "name");
        return switch (entityType == null ? "" : entityType) {
            case "product" -> name != null ? name + (text(p, "sku") == null ? "" : " (" + text(p, "sku") + ")") : "Product " + shortId(entityId);
            case "bill" -> text(p, "localLabel") != null
                    ? "Bill " + text(p, "localLabel") + (p.has("total") ? ", " + Money.format(p.get("total").getAsLong()) : "")
                    : "Bill " + shortId(entityId);
            case "customer" -> name != null ? name : "Customer " + shortId(entityId);
            case "stock" -> "Stock of product " + shortId(entityId);
            // a resolution's record for the server's audit log: what was decided, and why
            case "audit" -> shopdesk.client.i18n.Messages.get("sync.auditRecord", String.valueOf(text(p, "action")),
                    String.valueOf(text(p, "reason")));
            default -> entityType + " " + shortId(entityId);
        };
    }

    public static String name(EntryDetail d) {
        return name(d.entry().entityType(), d.entry().entityId(), d.currentJson() != null ? d.currentJson() : d.payloadJson());
    }

    /** The field's label on screen; unknown fields keep their name. */
    public static String label(String field) {
        return LABELLED.contains(field) ? Messages.get("conflict.field." + field) : field;
    }

    /** A payload value as the screens show it: money formatted, a tax rate as a percentage. */
    public static String value(String field, JsonElement e) {
        if (e == null || e.isJsonNull()) return "";
        if (!e.isJsonPrimitive()) return e.toString();
        if (e.getAsJsonPrimitive().isBoolean()) return Messages.get(e.getAsBoolean() ? "conflict.yes" : "conflict.no");
        try {
            return switch (field) {
                case "unitPrice" -> Money.format(e.getAsLong());
                case "taxRateBp" -> percent(e.getAsLong());
                default -> e.getAsString();
            };
        } catch (NumberFormatException ex) {
            return e.getAsString();
        }
    }

    static String percent(long bp) {
        return bp % 100 == 0 ? bp / 100 + "%" : String.format(java.util.Locale.ROOT, "%.2f%%", bp / 100.0);
    }

    private static String text(JsonObject p, String field) {
        JsonElement e = p.get(field);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
    }

    private static JsonObject parse(String json) {
        try {
            JsonElement e = json == null || json.isBlank() ? null : JsonParser.parseString(json);
            return e != null && e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
        } catch (RuntimeException ex) {
            return new JsonObject();
        }
    }

    private static String shortId(String id) {
        return id == null || id.length() <= 8 ? String.valueOf(id) : id.substring(0, 8);
    }
}
