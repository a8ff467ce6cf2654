package shopdesk.dal.shop;

/** A till of a shop; its code prefixes local bill numbers (T2-000123). */
public record Device(String id, String shopId, String code, String name) {
}
