package org.onenumber.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table model whose column filters and sort are passed to a boundary query: subclasses turn a
 * {@link Request} into the boundary's query record.
 */
public abstract class FilteredModel<T> extends LazyDataModel<T> {

    /** The table's column filters and its one sort column, as PrimeFaces gives them. */
    public record Request(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {

        /** The filter typed under the column with this field, or null. */
        public String filter(String field) {
            FilterMeta meta = filterBy.get(field);
            return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
        }

        public String sortField() {
            SortMeta sort = sort();
            return sort == null ? null : sort.getField();
        }

        public boolean ascending() {
            SortMeta sort = sort();
            return sort == null || sort.getOrder() == SortOrder.ASCENDING;
        }

        private SortMeta sort() {
            return sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        }
    }

    protected abstract long count(Request request);

    protected abstract List<T> rows(Request request, int first, int max);

    protected abstract Object key(T row);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) count(new Request(filterBy, Map.of()));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Request request = new Request(filterBy, sortBy);
        // PrimeFaces 15.0.0 calls count() only while the row count is 0 (its issue 13453): a filter
        // would keep the old total, and the paginator pages that are not there. Count with each load.
        setRowCount((int) count(request));
        return rows(request, first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key(row));
    }

    /** A selected row (a click or a right-click) is one of the page on show. */
    @Override
    @SuppressWarnings("unchecked")
    public T getRowData(String rowKey) {
        List<T> page = (List<T>) getWrappedData();
        return page == null ? null : page.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
