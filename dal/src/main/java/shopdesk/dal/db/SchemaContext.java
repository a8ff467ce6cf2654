package shopdesk.dal.db;

/** Which side's tables the changelog applies: a till's, the cloud server's, or both (tools, tests). */
public enum SchemaContext {
    TILL("till"),
    CLOUD("cloud"),
    ALL("till,cloud");

    private final String liquibaseContexts;

    SchemaContext(String liquibaseContexts) {
        this.liquibaseContexts = liquibaseContexts;
    }

    public String liquibaseContexts() {
        return liquibaseContexts;
    }
}
