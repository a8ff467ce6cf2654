package shopdesk.server.sql;

import java.util.Map;
import org.jooq.CaseWhenStep;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * {@code case key when k1 then v1 when k2 then v2 ... else otherwise end}: lets one update statement give each of
 * several rows its own value (each product its own stock decrement, each bill its own legal number).
 */
public final class CaseByKey {
    private CaseByKey() {
    }

    /** Rows whose key is not among {@code values} get {@code otherwise} (may be null). */
    public static Field<Long> of(Field<String> key, Map<String, Long> values, Long otherwise) {
        return whens(key, values).else_(otherwise);
    }

    /** Rows whose key is not among {@code values} get {@code otherwise}, e.g. the column itself (unchanged). */
    public static Field<Long> of(Field<String> key, Map<String, Long> values, Field<Long> otherwise) {
        return whens(key, values).else_(otherwise);
    }

    private static CaseWhenStep<String, Long> whens(Field<String> key, Map<String, Long> values) {
        if (values.isEmpty()) throw new IllegalArgumentException("a case needs at least one key");
        CaseWhenStep<String, Long> when = null;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            when = when == null ? DSL.case_(key).when(e.getKey(), DSL.val(e.getValue())) : when.when(e.getKey(), DSL.val(e.getValue()));
        }
        return when;
    }
}
