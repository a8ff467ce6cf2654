package shopdesk.protocol.payload;

import java.util.List;

/**
 * The cash counted in the drawer at close: by denomination (each note or coin value in minor units and how many)
 * or as one total (no denominations). {@code variance} = counted - expected: negative is cash missing.
 */
public record DrawerCount(List<Denomination> denominations, long counted, long expected, long variance) {

    public DrawerCount {
        denominations = denominations == null ? List.of() : List.copyOf(denominations);
    }

    public record Denomination(long value, long count) {
    }
}
