package io.kefu.platform;

import java.util.List;

import org.springframework.http.ResponseEntity;

/**
 * A page request of a listing endpoint ({@code ?page=&size=}), zero-based.
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 500;

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            throw Problem.badRequest("page must be 0 or more.");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw Problem.badRequest("size must be between 1 and " + MAX_SIZE + ".");
        }
        return new Paging(p, s);
    }

    /** A page of a listing: the records as a JSON array, the total in {@code X-Total-Count}. */
    public <T> ResponseEntity<List<T>> respond(List<T> items, long total) {
        return ResponseEntity.ok()
            .header("X-Total-Count", Long.toString(total))
            .header("X-Page", Integer.toString(page))
            .header("X-Page-Size", Integer.toString(size))
            .body(items);
    }

    public long offset() {
        return (long) page * size;
    }
}
