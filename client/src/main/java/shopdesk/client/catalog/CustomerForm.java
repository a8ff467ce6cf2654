package shopdesk.client.catalog;

/** A customer as typed into the form: id null for a new customer. */
public record CustomerForm(String id, long expectedVersion, String name, String phone, String email) {
}
