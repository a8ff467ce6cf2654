package shopdesk.dal.drawer;

import java.util.ArrayList;
import java.util.List;
import shopdesk.dal.config.Config;
import shopdesk.dal.config.ConfigException;
import shopdesk.dal.money.Limits;

/**
 * The drawer's options from the config (docs/CONFIG.md): {@code drawer.float-scope} (till | cashier),
 * {@code drawer.variance-approval-limit} (the till's: minor units; a count off by more needs a supervisor) and
 * {@code drawer.denominations} (the note and coin values offered for counting, minor units, comma-separated, largest
 * first). The server holds Z reports to its own key, {@code drawer.server-variance-approval-limit} ({@link #forServer}).
 */
public record DrawerSettings(FloatScope floatScope, long varianceApprovalLimit, List<Long> denominations) {
    public static final String DEFAULT_DENOMINATIONS = "200000,50000,20000,10000,5000,2000,1000,500,200,100";
    public static final DrawerSettings DEFAULT = new DrawerSettings(FloatScope.TILL, 500, parse(DEFAULT_DENOMINATIONS));

    public DrawerSettings {
        denominations = List.copyOf(denominations);
    }

    public static final String TILL_LIMIT_KEY = "drawer.variance-approval-limit";
    public static final String SERVER_LIMIT_KEY = "drawer.server-variance-approval-limit";

    /**
     * The server's: a Z whose variance is over {@code drawer.server-variance-approval-limit} without a signed approval
     * is refused. A server configured before the key existed keeps the value it gave the till's key.
     */
    public static DrawerSettings forServer(Config c) {
        long fallback = c.getLong(TILL_LIMIT_KEY, 500, 0, Limits.MAX_AMOUNT);
        return new DrawerSettings(FloatScope.TILL, c.getLong(SERVER_LIMIT_KEY, fallback, 0, Limits.MAX_AMOUNT), List.of(1L));
    }

    public static DrawerSettings from(Config c) {
        String raw = c.get("drawer.denominations", DEFAULT_DENOMINATIONS);
        List<Long> values;
        try {
            values = parse(raw);
        } catch (NumberFormatException e) {
            throw new ConfigException("drawer.denominations", "Config key 'drawer.denominations' has value '" + raw
                    + "' (accepted: note and coin values in minor units, comma-separated, each from 1 to " + Limits.MAX_AMOUNT + ")");
        }
        return new DrawerSettings(c.getEnum("drawer.float-scope", FloatScope.class, FloatScope.TILL),
                c.getLong(TILL_LIMIT_KEY, 500, 0, Limits.MAX_AMOUNT), values);
    }

    /** True when a count this far off needs a supervisor's approval. */
    public boolean needsApproval(long variance) {
        return Math.abs(variance) > varianceApprovalLimit;
    }

    private static List<Long> parse(String raw) {
        List<Long> out = new ArrayList<>();
        for (String part : raw.split(",")) {
            long v = Long.parseLong(part.trim());
            if (v < 1 || v > Limits.MAX_AMOUNT) throw new NumberFormatException();
            out.add(v);
        }
        if (out.isEmpty()) throw new NumberFormatException();
        return out;
    }
}
