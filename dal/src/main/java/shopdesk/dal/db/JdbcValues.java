package shopdesk.dal.db;

import java.util.Map;
import org.jooq.Field;
import org.jooq.Param;

/**
 * The values of one execution of a {@link JdbcStatement}, set by placeholder: a {@link JdbcStatement#param} of the
 * template, or for a statement made by {@link JdbcStatement#insert} the column itself. A value's type is the
 * placeholder's, and a placeholder left unset is an error (not a silent NULL).
 */
public final class JdbcValues {
    private final Map<String, Integer> positions;
    private final String sql;
    private final Object[] values;
    private final boolean[] given;

    JdbcValues(Map<String, Integer> positions, String sql) {
        this.positions = positions;
        this.sql = sql;
        this.values = new Object[positions.size()];
        this.given = new boolean[positions.size()];
    }

    public <T> JdbcValues set(Field<T> placeholder, T value) {
        return put(placeholder instanceof Param<?> p ? p.getParamName() : placeholder.getName(), value);
    }

    /** For a record's column, whose value jOOQ types as the column's already. */
    JdbcValues put(String name, Object value) {
        Integer at = positions.get(name);
        if (at == null) throw new IllegalArgumentException("No placeholder " + name + " in " + sql);
        values[at] = value;
        given[at] = true;
        return this;
    }

    /** The values in parameter order, once every placeholder has one. */
    Object[] inOrder() {
        for (int i = 0; i < given.length; i++) {
            if (!given[i]) throw new IllegalArgumentException("No value for parameter " + (i + 1) + " of " + sql);
        }
        return values;
    }
}
