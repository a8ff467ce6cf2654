package shopdesk.client.sale;

/**
 * One payment on a bill: {@code amount} is what it pays towards the bill, {@code tendered} what was handed
 * over (cash only may exceed the amount; the difference is change due).
 */
public record Tender(PaymentMethod method, long amount, long tendered, String reference) {

    public long change() {
        return tendered - amount;
    }
}
