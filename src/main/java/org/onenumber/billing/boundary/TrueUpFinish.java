package org.onenumber.billing.boundary;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The true-up's last step, reached when it went through every account: a scheduled run completes its claim. A run
 * that stopped before (a failure, a kill) keeps it open, and is run again once its lease lapses
 * ({@link BillingSchedule}).
 */
@Named("trueUpFinish")
@Dependent
public class TrueUpFinish extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String claim;

    @Inject
    BillingRun run;

    @Override
    public String process() {
        if (claim != null && !claim.isBlank()) {
            run.completed(claim);
        }
        return "COMPLETED";
    }
}
