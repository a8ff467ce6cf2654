package shopdesk.dal.shop;

public record Shop(String id, String name) {
}
