package shopdesk.dal.bill;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.CUSTOMER;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import shopdesk.dal.common.Page;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.common.Text;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.Dialect;
import shopdesk.protocol.BillStatus;

/**
 * The bills list and the number lookup, written so that a till with a million bills answers from indexes.
 *
 * <p>A text filter matches a bill number (local label, any case, or the server's number) <em>or</em> a customer's
 * name. As one query ({@code local_label = ? or customer.name_search like ?} across the left join) SQLite can only
 * walk every bill of the shop newest first, which takes seconds when little or nothing matches. So the two halves
 * are asked separately and merged, with the same result and order as the single query:
 * <ul>
 *   <li>the number through the unique indexes on (shop, local label) and (shop, server number): at most a bill each;
 *   <li>the name by first finding the matching customers (a scan of the customer table only); when there are at
 *       most {@link #FEW_CUSTOMERS}, their bills through {@code ix_bill_customer}; when there are more, the name is
 *       common and the newest-first walk finds a page of matches quickly, so the single query is kept.
 * </ul>
 */
final class BillSearch {
    /** Up to this many matching customers, their bills are fetched by customer id rather than by walking all bills. */
    static final int FEW_CUSTOMERS = 200;

    private final Database db;

    BillSearch(Database db) {
        this.db = db;
    }

    /** By local label (T1-000012, any case) or by the server's legal number; the newest when both match. */
    Optional<String> idByNumber(String shopId, String number) {
        if (number == null || number.isBlank()) return Optional.empty();
        String text = number.strip();
        // each lookup on its own so that each is one unique-index probe; "order by ... limit 1" only matters on
        // the cloud, whose label index is not unique (a till set up twice with one code)
        Optional<Record2Id> best = Optional.empty();
        for (Condition c : numberConditions(text)) {
            Optional<Record2Id> r = db.dsl().select(BILL.ID, BILL.CLIENT_CREATED_AT).from(BILL)
                    .where(BILL.SHOP_ID.eq(shopId)).and(c)
                    .orderBy(BILL.CLIENT_CREATED_AT.desc()).limit(1)
                    .fetchOptional(x -> new Record2Id(x.value1(), x.value2()));
            if (r.isPresent() && (best.isEmpty() || r.get().createdAt() > best.get().createdAt())) best = r;
        }
        return best.map(Record2Id::id);
    }

    private record Record2Id(String id, long createdAt) {
    }

    /**
     * Newest first in the till's own sequence (local number), then client time: a till clock set back or forward
     * between two bills must not reorder the list (issue #21).
     */
    Page<BillSummary> list(BillQuery q, PageRequest page) {
        Condition filters = DSL.noCondition();
        if (q.fromMillis() != null) filters = filters.and(BILL.CLIENT_CREATED_AT.ge(q.fromMillis()));
        if (q.toMillis() != null) filters = filters.and(BILL.CLIENT_CREATED_AT.lt(q.toMillis()));
        if (q.status() != null) filters = filters.and(BILL.STATUS.eq(q.status().code()));
        Condition shop = BILL.SHOP_ID.eq(q.shopId());
        if (q.text() == null || q.text().isBlank()) return Page.of(summaries(rows(shop.and(filters), page)), page);

        String text = q.text().strip();
        String pattern = Text.containsPattern(text);
        // customers of any shop, as the single query's join does (bills only ever name their own shop's customers)
        List<String> customerIds = db.dsl().select(CUSTOMER.ID).from(CUSTOMER)
                .where(CUSTOMER.NAME_SEARCH.like(pattern, '!')).limit(FEW_CUSTOMERS + 1).fetch(CUSTOMER.ID);
        if (customerIds.size() > FEW_CUSTOMERS) {
            Condition number = DSL.or(numberConditions(text));
            return Page.of(summaries(rows(shop.and(filters).and(number.or(CUSTOMER.NAME_SEARCH.like(pattern, '!'))), page)), page);
        }

        // every part is cut to the first offset + limit + 1 rows of the merged order, so merging them is exact
        PageRequest upTo = new PageRequest(0, page.offset() + page.limit());
        Map<String, Row> merged = new LinkedHashMap<>();
        for (Condition c : numberConditions(text)) {
            for (Row r : rows(shop.and(filters).and(c), upTo)) merged.putIfAbsent(r.summary().id(), r);
        }
        if (!customerIds.isEmpty()) {
            for (Row r : rows(shopNotIndexed(q.shopId()).and(filters).and(BILL.CUSTOMER_ID.in(customerIds)), upTo)) {
                merged.putIfAbsent(r.summary().id(), r);
            }
        }
        List<Row> sorted = new ArrayList<>(merged.values());
        sorted.sort(NEWEST_FIRST);
        int from = Math.min(page.offset(), sorted.size());
        int to = Math.min(page.offset() + page.limit() + 1, sorted.size());
        return Page.of(summaries(sorted.subList(from, to)), page);
    }

    /**
     * The shop filter for the by-customer query. Without statistics SQLite prefers the (shop, created) index for
     * {@code shop_id = ?} over {@code customer_id in (...)} and walks every bill again; a unary plus is SQLite's way
     * to keep a term out of index selection. Engines with statistics get the plain term.
     */
    private Condition shopNotIndexed(String shopId) {
        if (db.dialect() != Dialect.SQLITE) return BILL.SHOP_ID.eq(shopId);
        Field<String> plain = DSL.field("+{0}", String.class, BILL.SHOP_ID);
        return plain.eq(shopId);
    }

    private static List<Condition> numberConditions(String text) {
        List<Condition> c = new ArrayList<>(2);
        c.add(BILL.LOCAL_LABEL.eq(text.toUpperCase(Locale.ROOT)));
        if (text.matches("\\d{1,18}")) c.add(BILL.SERVER_NUMBER.eq(Long.parseLong(text)));
        return c;
    }

    private record Row(BillSummary summary, long localNumber) {
    }

    private static final Comparator<Row> NEWEST_FIRST = Comparator
            .comparingLong(Row::localNumber).reversed()
            .thenComparing(Comparator.comparingLong((Row r) -> r.summary().clientCreatedAt()).reversed());

    private List<Row> rows(Condition where, PageRequest page) {
        var select = db.dsl()
                .select(BILL.ID, BILL.LOCAL_LABEL, BILL.SERVER_NUMBER, BILL.CLIENT_CREATED_AT, CUSTOMER.NAME, BILL.TOTAL,
                        BILL.STATUS, BILL.SYNC_STATE, BILL.LOCAL_NUMBER)
                .from(BILL).leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(BILL.CUSTOMER_ID))
                .where(where);
        return select.orderBy(BILL.LOCAL_NUMBER.desc(), BILL.CLIENT_CREATED_AT.desc())
                .limit(page.limit() + 1).offset(page.offset())
                .fetch(r -> new Row(new BillSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        BillStatus.fromCode(r.value7()), BillSyncState.valueOf(r.value8())), r.value9()));
    }

    private static List<BillSummary> summaries(List<Row> rows) {
        return rows.stream().map(Row::summary).toList();
    }
}
