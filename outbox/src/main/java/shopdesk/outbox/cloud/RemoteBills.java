package shopdesk.outbox.cloud;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import shopdesk.dal.returns.OriginalBill;
import shopdesk.protocol.ReturnableBill;
import shopdesk.protocol.payload.Payloads;

/**
 * Asks the server for a bill this till did not sell (GET /api/v1/sync/bill), so a customer can return it here: its
 * lines with their stored totals and what every till has returned of them so far. Needs the till to be online.
 */
public final class RemoteBills {
    private final CloudClient cloud;

    public RemoteBills(CloudClient cloud) {
        this.cloud = cloud;
    }

    /** Empty when the server has no such bill; throws {@link IOException} when it cannot be asked. */
    public Optional<OriginalBill> find(String number) throws IOException {
        CloudResponse r = cloud.get("/api/v1/sync/bill?number=" + URLEncoder.encode(number.strip(), StandardCharsets.UTF_8));
        if (r.status() == 404) return Optional.empty();
        if (r.status() != 200) throw new IOException("The server answered " + r.status() + " to a bill lookup");
        ReturnableBill b = Payloads.fromJson(r.body(), ReturnableBill.class);
        return Optional.of(new OriginalBill(b.id(), b.localLabel(), b.legalLabel(), b.voided(), b.lines().stream()
                .map(l -> new OriginalBill.Line(l.lineNo(), l.productId(), l.sku(), l.name(), l.quantity(), l.unitPrice(),
                        l.taxRateBp(), l.subtotal(), l.tax(), l.total(), l.returned(), l.weighed()))
                .toList()));
    }

    /** A store-credit note of another till with what is left on it; empty when the server has no such note. */
    public Optional<shopdesk.protocol.StoreCreditBalance> storeCredit(String number) throws IOException {
        CloudResponse r = cloud.get("/api/v1/sync/store-credit?number=" + URLEncoder.encode(number.strip(), StandardCharsets.UTF_8));
        if (r.status() == 404) return Optional.empty();
        if (r.status() != 200) throw new IOException("The server answered " + r.status() + " to a store credit lookup");
        return Optional.of(Payloads.fromJson(r.body(), shopdesk.protocol.StoreCreditBalance.class));
    }
}
