package shopdesk.client.app;

import shopdesk.client.catalog.ProductView;
import shopdesk.client.sale.SalePresenter;
import shopdesk.client.touch.TouchActions;

/** The touch grid's taps as the sale presenter's own actions, so a tap and a scan ring up the same way. */
final class SaleTouchActions implements TouchActions {
    private final SalePresenter sale;

    SaleTouchActions(SalePresenter sale) {
        this.sale = sale;
    }

    @Override
    public void addOne(ProductView product) {
        sale.add(product, 1);
    }

    @Override
    public void changeQuantity(int delta) {
        int line = sale.selectedLine();
        if (line < 0 || line >= sale.sale().lines().size()) {
            sale.setQuantity(line, "1"); // says "Select a line first"
            return;
        }
        long quantity = sale.sale().lines().get(line).quantity() + delta;
        if (quantity >= 1) sale.setQuantity(line, String.valueOf(quantity));
    }
}
