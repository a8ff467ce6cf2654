package shopdesk.dal.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import shopdesk.dal.testing.TestDatabases;

class H2DatabaseTest extends AbstractDatabaseTest {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }

    /** Change set 008: no LOB store on H2 for the text columns (its per-row copy and per-statement clean-up). */
    @Test
    void textColumnsAreCharacterVaryingNotLobsAndHoldLongTexts() {
        Database h2 = Database.open(TestDatabases.config(Dialect.H2, SchemaContext.ALL, dir));
        try {
            var types = h2.dsl().fetch("select table_name, column_name, data_type from information_schema.columns "
                    + "where (table_name, column_name) in (('audit_log', 'details'), ('sync_queue', 'payload'), "
                    + "('sync_delivery', 'server_state'), ('change_feed', 'payload'), ('push_result', 'result'))");
            assertThat(types).hasSize(5);
            assertThat(types.getValues(2, String.class)).containsOnly("CHARACTER VARYING");

            String longText = "x".repeat(2_000_000);
            h2.dsl().execute("insert into \"audit_log\" (\"at\", \"user_id\", \"action\", \"entity_type\", \"entity_id\", "
                    + "\"details\") values (1, 'u', 'a', 't', 'e', ?)", longText);
            assertThat(h2.dsl().fetchValue("select max(length(\"details\")) from \"audit_log\"")).isEqualTo(2_000_000L);
        } finally {
            TestDatabases.close(h2);
        }
    }
}
