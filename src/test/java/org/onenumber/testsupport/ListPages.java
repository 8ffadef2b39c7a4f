package org.onenumber.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.onenumber.client.PageRequest;

/** A list walked page by page through its cursors, as a client that pages does. */
public final class ListPages {

    private ListPages() {
    }

    /** One answer of a list: its items, mapped to what the test compares, and its nextCursor. */
    public record Answer<T>(List<T> items, String nextCursor) {
    }

    public interface Fetch<T> {
        Answer<T> page(PageRequest page) throws Exception;
    }

    public static PageRequest page(Integer pageSize, String cursor) {
        PageRequest page = new PageRequest();
        page.setPageSize(pageSize);
        page.setCursor(cursor);
        return page;
    }

    /** Every item over the pages of {@code pageSize}, in the order the pages gave them; each page before the last is full. */
    public static <T> List<T> walk(int pageSize, Fetch<T> fetch) throws Exception {
        List<T> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Answer<T> answer = fetch.page(page(pageSize, cursor));
            assertTrue(answer.items().size() <= pageSize, "a page holds at most its size: " + answer.items());
            if (answer.nextCursor() != null) {
                assertEquals(pageSize, answer.items().size(), "a page with a next one is full");
            }
            all.addAll(answer.items());
            cursor = answer.nextCursor();
            assertTrue(++pages <= 1000, "the cursors come to an end");
        } while (cursor != null);
        return all;
    }
}
