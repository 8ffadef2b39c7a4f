package org.onenumber.web;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A lazy table model over a boundary's window and count, for tables without column filters. */
public class WindowModel<T> extends LazyDataModel<T> {

    public interface Window<T> extends BiFunction<Integer, Integer, List<T>>, java.io.Serializable {
    }

    public interface Count extends LongSupplier, java.io.Serializable {
    }

    private final Window<T> window;
    private final Count count;

    public WindowModel(Window<T> window, Count count) {
        this.window = window;
        this.count = count;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) count.getAsLong();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        // PrimeFaces 15.0.0 calls count() only while the row count is 0 (its issue 13453): after the
        // page's own filter changes, the paginator would keep the old total. Count with each load.
        setRowCount((int) count.getAsLong());
        return window.apply(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(System.identityHashCode(row));
    }
}
