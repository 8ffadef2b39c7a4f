package org.onenumber.account.boundary;

import jakarta.batch.api.BatchProperty;
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
    @BatchProperty
    String importId;

    @Inject
    @BatchProperty
    String accountId;

    @Inject
    @BatchProperty
    String carrierId;

    @Inject
    UserImportCaller caller;

    @Inject
    UserImports imports;

    @Override
    public void writeItems(List<Object> items) {
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        caller.run(carrierId, accountId, () -> {
            imports.add(Long.parseLong(importId), Long.parseLong(accountId), ids);
            return null;
        });
    }
}
