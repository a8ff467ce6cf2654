package shopdesk.dal.common;

import java.util.List;

/** One page of results and whether more follow. */
public record Page<T>(List<T> items, PageRequest request, boolean hasMore) {

    public static <T> Page<T> of(List<T> fetchedOneExtra, PageRequest request) {
        boolean more = fetchedOneExtra.size() > request.limit();
        return new Page<>(List.copyOf(more ? fetchedOneExtra.subList(0, request.limit()) : fetchedOneExtra), request, more);
    }
}
