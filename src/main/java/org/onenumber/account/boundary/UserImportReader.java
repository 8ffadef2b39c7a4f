package org.onenumber.account.boundary;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The rows of an import not added yet, a page of ids at a time. No checkpoint of its own: a row's outcome commits with
 * its user, so a new execution of an import that another left (its instance killed or stopped) reads exactly the rows
 * still to add. It reads none unless this execution holds the import ({@link UserImportLedger#claim}).
 */
@Named("userImportReader")
@Dependent
public class UserImportReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    UserImportCaller caller;

    @Inject
    UserImports imports;

    @Inject
    UserImportLedger ledger;

    private long after;
    private boolean last;
    private final Deque<Long> buffer = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        after = 0;
        last = !caller.run(() -> ledger.claim(caller.importId(), caller.executionId()));
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !last) {
            var page = caller.run(() -> imports.pending(caller.importId(), after, PAGE));
            buffer.addAll(page);
            last = page.size() < PAGE;
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1);
            }
        }
        return buffer.pollFirst();
    }
}
