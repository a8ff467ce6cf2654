package shopdesk.server.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo shop's catalog: about 200 grocery products built from a few families and pack sizes, each with an
 * EAN-13 barcode (prefix 890, valid check digit), a tax rate from the usual slabs and some opening stock.
 * Deterministic, so the same barcodes work in every demo run and in the user guide.
 */
public final class DemoCatalog {

    /** One product to create: price in minor units, tax in basis points. */
    public record Item(String sku, String barcode, String name, long unitPrice, int taxRateBp, long stock) {
    }

    private record Family(String code, String name, long basePrice, int taxBp, String[] packs) {
    }

    private static final Family[] FAMILIES = {
            new Family("TEA", "Assam tea", 12_000, 500, new String[]{"100 g", "250 g", "500 g", "1 kg"}),
            new Family("COF", "Filter coffee", 18_000, 500, new String[]{"100 g", "200 g", "500 g"}),
            new Family("RICE", "Basmati rice", 11_000, 0, new String[]{"1 kg", "5 kg", "10 kg"}),
            new Family("SONA", "Sona masoori rice", 6_500, 0, new String[]{"1 kg", "5 kg", "25 kg"}),
            new Family("ATTA", "Whole wheat atta", 5_500, 0, new String[]{"1 kg", "5 kg", "10 kg"}),
            new Family("TDAL", "Toor dal", 16_500, 0, new String[]{"500 g", "1 kg", "2 kg"}),
            new Family("MDAL", "Moong dal", 14_000, 0, new String[]{"500 g", "1 kg"}),
            new Family("CHNA", "Chana dal", 9_500, 0, new String[]{"500 g", "1 kg"}),
            new Family("SUGR", "Sugar", 4_800, 500, new String[]{"1 kg", "5 kg"}),
            new Family("SALT", "Iodised salt", 2_800, 0, new String[]{"1 kg"}),
            new Family("GHEE", "Cow ghee", 32_000, 1200, new String[]{"200 ml", "500 ml", "1 l"}),
            new Family("SOIL", "Sunflower oil", 16_000, 500, new String[]{"1 l", "2 l", "5 l"}),
            new Family("MOIL", "Mustard oil", 18_500, 500, new String[]{"500 ml", "1 l"}),
            new Family("MILK", "Toned milk", 2_800, 0, new String[]{"500 ml", "1 l"}),
            new Family("CURD", "Curd", 3_500, 500, new String[]{"200 g", "400 g", "1 kg"}),
            new Family("PANR", "Paneer", 9_000, 500, new String[]{"200 g", "500 g"}),
            new Family("BUTR", "Butter", 5_600, 1200, new String[]{"100 g", "500 g"}),
            new Family("BRED", "Brown bread", 4_500, 0, new String[]{"400 g"}),
            new Family("BISC", "Glucose biscuits", 1_000, 1800, new String[]{"100 g", "250 g", "800 g"}),
            new Family("COOK", "Butter cookies", 3_000, 1800, new String[]{"150 g", "300 g"}),
            new Family("CHIP", "Potato chips", 2_000, 1200, new String[]{"50 g", "90 g", "200 g"}),
            new Family("NMKN", "Namkeen mix", 4_500, 1200, new String[]{"200 g", "400 g", "1 kg"}),
            new Family("NOOD", "Instant noodles", 1_400, 1200, new String[]{"70 g", "4-pack", "12-pack"}),
            new Family("JAM", "Mixed fruit jam", 9_500, 1200, new String[]{"200 g", "500 g"}),
            new Family("KTCH", "Tomato ketchup", 8_000, 1200, new String[]{"200 g", "500 g", "1 kg"}),
            new Family("HONY", "Honey", 15_000, 0, new String[]{"250 g", "500 g"}),
            new Family("TURM", "Turmeric powder", 3_500, 500, new String[]{"100 g", "200 g", "500 g"}),
            new Family("CHLI", "Red chilli powder", 4_000, 500, new String[]{"100 g", "200 g", "500 g"}),
            new Family("CRND", "Coriander powder", 3_200, 500, new String[]{"100 g", "200 g"}),
            new Family("GMAS", "Garam masala", 6_500, 500, new String[]{"50 g", "100 g"}),
            new Family("JEER", "Cumin seeds", 7_000, 500, new String[]{"100 g", "250 g"}),
            new Family("SOAP", "Neem soap", 3_500, 1800, new String[]{"75 g", "100 g", "4-pack"}),
            new Family("SHMP", "Herbal shampoo", 9_000, 1800, new String[]{"80 ml", "180 ml", "340 ml"}),
            new Family("TPST", "Toothpaste", 5_500, 1800, new String[]{"100 g", "150 g", "2-pack"}),
            new Family("TBRS", "Toothbrush", 3_000, 1800, new String[]{"soft", "medium", "4-pack"}),
            new Family("DTRG", "Detergent powder", 11_000, 1800, new String[]{"500 g", "1 kg", "4 kg"}),
            new Family("DISH", "Dishwash bar", 1_000, 1800, new String[]{"150 g", "3-pack"}),
            new Family("FLRC", "Floor cleaner", 10_500, 1800, new String[]{"500 ml", "1 l", "2 l"}),
            new Family("CAND", "Candles", 3_000, 1200, new String[]{"6-pack", "12-pack"}),
            new Family("MTCH", "Safety matches", 1_000, 1200, new String[]{"10-pack"}),
            new Family("BATT", "AA batteries", 6_000, 1800, new String[]{"2-pack", "4-pack", "10-pack"}),
            new Family("BULB", "LED bulb", 9_900, 1200, new String[]{"9 W", "12 W", "15 W"}),
            new Family("NTBK", "Ruled notebook", 4_500, 1200, new String[]{"100 pages", "200 pages", "6-pack"}),
            new Family("PENB", "Ball pen", 1_000, 1800, new String[]{"blue", "black", "10-pack"}),
            new Family("WATR", "Mineral water", 2_000, 1800, new String[]{"500 ml", "1 l", "2 l", "20 l"}),
            new Family("COLA", "Cola", 4_000, 2800, new String[]{"250 ml", "750 ml", "2 l"}),
            new Family("JUIC", "Mango drink", 3_500, 1200, new String[]{"200 ml", "600 ml", "1.2 l"}),
            new Family("OATS", "Rolled oats", 9_900, 500, new String[]{"500 g", "1 kg"}),
            new Family("CORN", "Corn flakes", 11_500, 1800, new String[]{"250 g", "500 g", "1 kg"}),
            new Family("POHA", "Poha", 4_500, 0, new String[]{"500 g", "1 kg"}),
            new Family("SUJI", "Suji (semolina)", 4_000, 0, new String[]{"500 g", "1 kg"}),
            new Family("BSAN", "Besan", 6_000, 0, new String[]{"500 g", "1 kg"}),
            new Family("PEAN", "Peanuts", 8_000, 500, new String[]{"200 g", "500 g", "1 kg"}),
            new Family("ALMD", "Almonds", 35_000, 500, new String[]{"100 g", "250 g", "500 g"}),
            new Family("CASH", "Cashews", 40_000, 500, new String[]{"100 g", "250 g", "500 g"}),
            new Family("RAIS", "Raisins", 12_000, 500, new String[]{"100 g", "250 g"}),
            new Family("EGGS", "Eggs", 4_200, 0, new String[]{"6-pack", "12-pack", "30-tray"}),
            new Family("ONIN", "Onions", 3_000, 0, new String[]{"1 kg", "5 kg"}),
            new Family("POTA", "Potatoes", 2_500, 0, new String[]{"1 kg", "5 kg"}),
            new Family("TOMA", "Tomatoes", 3_200, 0, new String[]{"500 g", "1 kg"}),
            new Family("BANA", "Bananas", 5_000, 0, new String[]{"6", "12"}),
            new Family("APPL", "Apples", 18_000, 0, new String[]{"500 g", "1 kg"}),
            new Family("NAPK", "Paper napkins", 5_000, 1200, new String[]{"100-pack", "3-pack"}),
            new Family("FOIL", "Aluminium foil", 9_000, 1800, new String[]{"9 m", "25 m"}),
            new Family("GARB", "Garbage bags", 8_500, 1800, new String[]{"medium", "large"}),
            new Family("HSAN", "Hand sanitizer", 5_000, 1800, new String[]{"100 ml", "500 ml"}),
            new Family("INCS", "Incense sticks", 3_000, 500, new String[]{"20 sticks", "100 sticks"}),
            new Family("VERM", "Vermicelli", 3_000, 500, new String[]{"200 g", "500 g", "1 kg"}),
            new Family("PAST", "Penne pasta", 6_000, 1200, new String[]{"250 g", "500 g", "1 kg"}),
            new Family("SAUC", "Pasta sauce", 12_000, 1200, new String[]{"200 g", "400 g", "700 g"}),
            new Family("PICK", "Mango pickle", 7_500, 1200, new String[]{"200 g", "500 g", "1 kg"}),
            new Family("PAPD", "Papad", 4_000, 0, new String[]{"100 g", "200 g", "400 g"}),
            new Family("CHOC", "Milk chocolate", 2_000, 1800, new String[]{"25 g", "50 g", "150 g"}),
            new Family("ICEC", "Vanilla ice cream", 6_000, 1800, new String[]{"100 ml", "500 ml", "1 l"}),
            new Family("SOYA", "Soya chunks", 4_500, 500, new String[]{"200 g", "500 g", "1 kg"}),
            new Family("JAGG", "Jaggery", 6_000, 0, new String[]{"500 g", "1 kg", "2 kg"}),
            new Family("VIN", "White vinegar", 3_500, 1200, new String[]{"200 ml", "500 ml", "1 l"}),
            new Family("TISS", "Facial tissues", 6_500, 1800, new String[]{"100 pulls", "200 pulls", "3-pack"}),
            new Family("DIAP", "Baby diapers", 30_000, 1200, new String[]{"small", "medium", "large"}),
    };

    private DemoCatalog() {
    }

    /** The whole catalog in a stable order (see {@link #barcode} for the barcodes). */
    public static List<Item> items() {
        List<Item> items = new ArrayList<>();
        int n = 0;
        for (Family f : FAMILIES) {
            for (int p = 0; p < f.packs().length; p++) {
                n++;
                // bigger packs cost more, but less per unit: base * (1, 1.9, 3.6, ...)
                long price = Math.round(f.basePrice() * Math.pow(1.9, p) / 100.0) * 100;
                long stock = 5 + (n * 37L) % 120;
                items.add(new Item(f.code() + "-" + (p + 1), barcode(n), f.name() + " " + f.packs()[p], price, f.taxBp(), stock));
            }
        }
        return items;
    }

    /** EAN-13 {@code 890100 + six digits of n + check digit}: n=1 gives 8901000000019. */
    public static String barcode(int n) {
        String twelve = "890100" + String.format("%06d", n);
        return twelve + checkDigit(twelve);
    }

    /** The EAN-13 check digit of 12 digits: weights 1,3,1,3... from the left. */
    public static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = twelveDigits.charAt(i) - '0';
            sum += (i % 2 == 0) ? d : 3 * d;
        }
        return (10 - sum % 10) % 10;
    }
}
