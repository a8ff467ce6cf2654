package shopdesk.client.sale;

import shopdesk.client.i18n.Messages;

/** What the cashier is told when a resumed sale's catalog moved while it was held (texts in the bundles). */
final class HeldSaleNotes {
    private HeldSaleNotes() {
    }

    /** ". Prices changed while held: …. No longer sold, remove: …" or "" when nothing moved. */
    static String of(HeldRepricing.Result r) {
        StringBuilder s = new StringBuilder();
        if (!r.priceChanges().isEmpty()) s.append(". ").append(Messages.get("held.repriced", String.join(", ", r.priceChanges())));
        if (!r.gone().isEmpty()) s.append(". ").append(Messages.get("held.gone", String.join(", ", r.gone())));
        return s.toString();
    }
}
