package shopdesk.client.catalog;

public record CustomerView(String id, String name, String phone, String email, long version) {
}
