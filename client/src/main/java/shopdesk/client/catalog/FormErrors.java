package shopdesk.client.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/** Messages per form field, shown beside the field with an error outline. */
public final class FormErrors {
    private final Map<String, String> byField = new LinkedHashMap<>();

    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public String get(String field) {
        return byField.get(field);
    }

    public Map<String, String> all() {
        return Map.copyOf(byField);
    }

    public void clear() {
        byField.clear();
    }
}
