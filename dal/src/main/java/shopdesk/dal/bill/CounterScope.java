package shopdesk.dal.bill;

import shopdesk.protocol.StoredCode;

/**
 * What a number_counter row counts; its key is the scope's code followed by an id ({@code device:<id>}).
 * Tills number bills per device, the server per shop; the server's per-shop and per-device write locks are
 * counter rows too (server/sequence/ShopWriteLock).
 */
public enum CounterScope implements StoredCode {
    DEVICE("device:"), SHOP("shop:"), SHOP_WRITES("writes:"), DEVICE_PUSHES("pushes:");

    private final String prefix;

    CounterScope(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public String code() {
        return prefix;
    }

    /** The counter row's key for this id. */
    public String key(String id) {
        return prefix + id;
    }

    /** The scope of a stored key. */
    public static CounterScope ofKey(String key) {
        for (CounterScope s : values()) {
            if (key.startsWith(s.prefix)) return s;
        }
        throw new IllegalArgumentException("Unknown counter key: " + key);
    }

    /** The id part of a stored key. */
    public static String idOf(String key) {
        return key.substring(ofKey(key).prefix.length());
    }
}
