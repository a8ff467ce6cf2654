package shopdesk.dal.bill;

public record Payment(int lineNo, PaymentMethod method, long amount, long tendered, String reference) {
}
