package shopdesk.client.touch;

import shopdesk.client.catalog.ProductView;

/** What the touch grid does to the sale being rung up (the sale screen implements it). */
public interface TouchActions {

    /** A tile was tapped: one more of this product. */
    void addOne(ProductView product);

    /** + or −: the quantity of the line last rung up or picked changes by {@code delta} (never below 1). */
    void changeQuantity(int delta);
}
