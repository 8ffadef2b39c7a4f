package org.onenumber.account.boundary;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Adds a chunk of an import's rows (see {@link UserImports#add}). */
@Named("userImportWriter")
@Dependent
public class UserImportWriter extends AbstractItemWriter {

    @Inject
    UserImportCaller caller;

    @Inject
    UserImports imports;

    @Override
    public void writeItems(List<Object> items) {
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        caller.run(() -> {
            imports.add(caller.importId(), caller.executionId(), caller.accountId(), ids);
            return null;
        });
    }
}
