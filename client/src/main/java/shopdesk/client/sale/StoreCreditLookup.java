package shopdesk.client.sale;

/** Finds a store-credit note by its number before the sale takes it as payment. */
public interface StoreCreditLookup {
    /** No notes at all (a till without the service): every number is unknown. */
    StoreCreditLookup NONE = number -> new Unknown(number);

    Answer check(String number);

    /** Whether checking this number asks the server (slow, or a wait for a timeout): the screen checks it off its thread. */
    default boolean asksServer(String number) {
        return false;
    }

    /** Whether the number is another till's of this shop ({@code T2-C000001} at till T1), which a supervisor may vouch for. */
    default boolean anotherTills(String number) {
        return false;
    }

    sealed interface Answer permits Found, Unknown, NeedsConnection {
    }

    /** The note and what is left on it after the bills known here (this till's, or the server's for another till's). */
    record Found(String label, long left) implements Answer {
    }

    record Unknown(String number) implements Answer {
    }

    /** Another till's note while the server cannot be asked. */
    record NeedsConnection(String number) implements Answer {
    }
}
