package org.onenumber.billing.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The true-up job's reader: the accounts in scope (one, a carrier's, or every carrier's) in id order, a page at a
 * time, with those deleted since the month began (their days up to the deletion are billed). The checkpoint is the
 * last account handed out, so a restarted run goes on after the last chunk written.
 */
@Named("trueUpAccounts")
@Dependent
public class TrueUpAccounts extends AbstractItemReader {

    private static final int PAGE = 200;

    @Inject
    @BatchProperty
    String carrierId;

    @Inject
    @BatchProperty
    String accountId;

    @Inject
    @BatchProperty
    String month;

    @Inject
    BillingRun run;

    private final Deque<AccountRef> page = new ArrayDeque<>();
    private long fetchedUpTo;
    private long lastRead;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastRead = checkpoint == null ? 0 : (Long) checkpoint;
        fetchedUpTo = lastRead;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            var next = run.billedAccountsAfter(fetchedUpTo, id(carrierId), id(accountId), YearMonth.parse(month), PAGE);
            exhausted = next.size() < PAGE;
            page.addAll(next);
            if (!next.isEmpty()) {
                fetchedUpTo = next.get(next.size() - 1).accountId();
            }
        }
        AccountRef item = page.poll();
        if (item != null) {
            lastRead = item.accountId();
        }
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }

    static Long id(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value);
    }
}
