package shopdesk.dal.db;

import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * A {@link JdbcStatement} inserting rows of one table: each execution takes generated jOOQ records and binds the
 * statement's columns from them, so a row's values are named where they are filled.
 */
public final class JdbcInsert<R extends Record> {
    private final List<Field<?>> columns;
    private final JdbcStatement statement;

    JdbcInsert(Table<R> table, Field<?>... columns) {
        this.columns = List.of(columns);
        List<Object> placeholders = this.columns.stream().<Object>map(JdbcStatement::param).toList();
        this.statement = new JdbcStatement(tx -> tx.insertInto(table, columns).values(placeholders));
    }

    /** The SQL this insert runs on the context's dialect (for logs and tests). */
    public String sql(DSLContext tx) {
        return statement.sql(tx);
    }

    /** Inserts one row; returns the update count. */
    public int execute(DSLContext tx, R row) {
        return statement.execute(tx, v -> bind(v, row));
    }

    /** Inserts the rows as one JDBC batch (see {@link JdbcStatement#executeBatch}); no rows run nothing. */
    public int[] executeBatch(DSLContext tx, Collection<R> rows) {
        return statement.executeBatch(tx, rows, this::bind);
    }

    private void bind(JdbcValues v, R row) {
        for (Field<?> c : columns) v.put(c.getName(), row.get(c));
    }
}
