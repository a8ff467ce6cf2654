package shopdesk.client.app;

import java.nio.file.Path;
import java.time.Clock;
import shopdesk.client.catalog.CatalogPort;
import shopdesk.client.receipt.ReceiptFormatter;
import shopdesk.client.sale.SalesPort;
import shopdesk.client.session.AuthPort;
import shopdesk.client.session.SessionHolder;
import shopdesk.client.sync.SyncPort;

/** Everything the screens need, so they can run over a real till or over fakes in tests. */
public record TillPorts(CatalogPort catalog, SalesPort sales, AuthPort auth, SyncPort sync, SessionHolder sessions,
                        ReceiptFormatter receipts, String shopLine, Path pdfFolder, Clock clock) {
}
