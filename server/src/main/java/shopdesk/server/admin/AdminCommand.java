package shopdesk.server.admin;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import shopdesk.dal.config.Config;
import shopdesk.dal.config.ConfigException;
import shopdesk.dal.db.Database;
import shopdesk.dal.user.PasswordHasher;
import shopdesk.server.ServerConfig;

/** Parses {@code <command> --key value ...} and calls {@link ServerAdmin} on the configured database. */
final class AdminCommand {
    static final String USAGE = """
            usage: admin <command> [--option value ...]
              create-shop    --name NAME [--id ID]
              create-device  --shop SHOP_ID --code T1 [--name "Till 1"]
              create-user    --shop SHOP_ID --username NAME --password SECRET --role cashier|supervisor|admin [--display-name NAME]
              create-product --shop SHOP_ID --sku SKU --name NAME --price MINOR_UNITS [--tax-bp 1800] [--barcode CODE] [--stock N]
              disable-user   --user USER_ID
              revoke-approval-keys --user USER_ID   (a lost till: its supervisor's approvals stop being honoured)
              set-sale-terms --shop SHOP_ID --discount-limit-percent N   (the cashier's limit; tills get it at login)
            Each prints the new id (or what it did). The database is the server's (db.* keys, H2 ./data/cloud by default).""";

    private static final Map<String, List<String>> REQUIRED = Map.of(
            "create-shop", List.of("name"),
            "create-device", List.of("shop", "code"),
            "create-user", List.of("shop", "username", "password", "role"),
            "create-product", List.of("shop", "sku", "name", "price"),
            "disable-user", List.of("user"),
            "revoke-approval-keys", List.of("user"),
            "set-sale-terms", List.of("shop", "discount-limit-percent"));

    private final Config config;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    AdminCommand(Config config) {
        this.config = config;
    }

    int run(String[] args) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            out.println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println("Expected --option value pairs after " + args[0] + ", got '" + args[i] + "'\n" + USAGE);
                return 2;
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        List<String> required = REQUIRED.get(args[0]);
        if (required == null) {
            err.println("Unknown command " + args[0] + "\n" + USAGE);
            return 2;
        }
        for (String key : required) {
            if (opts.get(key) == null || opts.get(key).isBlank()) {
                err.println("Missing --" + key + " for " + args[0] + "\n" + USAGE);
                return 2;
            }
        }
        ServerConfig sc;
        try {
            sc = ServerConfig.from(config);
        } catch (ConfigException e) {
            err.println("Configuration error: " + e.getMessage());
            return 2;
        }
        try (Database db = Database.open(sc.database())) {
            ServerAdmin admin = new ServerAdmin(db, new PasswordHasher(sc.passwordIterations()), sc.clock());
            out.println(switch (args[0]) {
                case "create-shop" -> opts.containsKey("id") ? admin.createShop(opts.get("id"), need(opts, "name"))
                        : admin.createShop(need(opts, "name"));
                case "create-device" -> admin.createDevice(need(opts, "shop"), need(opts, "code"), opts.get("name"));
                case "create-user" -> admin.createUser(need(opts, "shop"), need(opts, "username"), opts.get("display-name"),
                        need(opts, "password"), ServerAdmin.role(need(opts, "role")));
                case "create-product" -> admin.createProduct(need(opts, "shop"), need(opts, "sku"), opts.get("barcode"),
                        need(opts, "name"), Long.parseLong(need(opts, "price")), Integer.parseInt(opts.getOrDefault("tax-bp", "0")),
                        Long.parseLong(opts.getOrDefault("stock", "0")));
                case "disable-user" -> {
                    admin.disableUser(need(opts, "user"));
                    yield "disabled";
                }
                case "revoke-approval-keys" -> admin.revokeApprovalKeys(need(opts, "user")) + " revoked";
                case "set-sale-terms" -> {
                    admin.setDiscountLimit(need(opts, "shop"), Long.parseLong(need(opts, "discount-limit-percent")));
                    yield "set";
                }
                default -> throw new IllegalArgumentException("Unknown command " + args[0] + "\n" + USAGE);
            });
            return 0;
        } catch (IllegalArgumentException e) { // includes NumberFormatException for --price, --stock, --tax-bp
            err.println(e.getMessage());
            return 2;
        }
    }

    private static String need(Map<String, String> opts, String key) {
        String v = opts.get(key);
        if (v == null || v.isBlank()) throw new IllegalArgumentException("Missing --" + key + "\n" + USAGE);
        return v;
    }
}
