package shopdesk.dal.common;

import java.util.List;
import java.util.function.Function;

/** One page of results and whether more follow. */
public record Page<T>(List<T> items, PageRequest request, boolean hasMore) {

    public static <T> Page<T> of(List<T> fetchedOneExtra, PageRequest request) {
        boolean more = fetchedOneExtra.size() > request.limit();
        return new Page<>(List.copyOf(more ? fetchedOneExtra.subList(0, request.limit()) : fetchedOneExtra), request, more);
    }

    /** The same page with each item turned into another. */
    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), request, hasMore);
    }
}
