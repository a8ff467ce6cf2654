package shopdesk.protocol;

import java.util.List;

/**
 * An enum whose values are stored or sent as text: {@link #code()} is what is written and never changes once
 * written anywhere; {@link #legacyCodes()} are earlier spellings still found in old databases, read as this value.
 */
public interface StoredCode {
    String code();

    default List<String> legacyCodes() {
        return List.of();
    }

    /** The value stored as {@code code} (its current or a legacy spelling). */
    static <E extends Enum<E> & StoredCode> E parse(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code) || e.legacyCodes().contains(code)) return e;
        }
        throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " code: " + code);
    }
}
