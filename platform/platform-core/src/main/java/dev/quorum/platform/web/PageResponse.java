package dev.quorum.platform.web;

import java.util.List;

/**
 * One page of a list, in a stable order. Every list endpoint answers with this shape.
 *
 * @param page the zero-based page number asked for
 * @param size the page size asked for
 * @param totalItems how many items all pages hold together
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /**
     * The highest page number a list accepts: {@code MAX_PAGE * MAX_SIZE} stays far below
     * {@link Integer#MAX_VALUE}, so the items to skip never overflow (a larger page would wrap to a
     * negative skip or the first page). Past a million items nobody pages; they filter.
     */
    public static final int MAX_PAGE = 10_000;
}
