package org.onenumber.reconcile.boundary;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.onenumber.reconcile.control.Comparison;
import org.onenumber.reconcile.control.DesiredState;
import org.onenumber.reconcile.control.Finding;
import org.onenumber.reconcile.control.Pair;
import org.onenumber.reconcile.entity.ItemKind;

/**
 * Compares one merged key. What the comparison cannot see in the streams is looked up here, only where it matters:
 * whether a command is pending for something the database does not have, the carrier of an account the switch
 * names (an account's Mobility settings come with the desired state's page, see DesiredSource), and, for a key that
 * shows drift, the database's item as it is now, so that a change made between the two reads is no drift
 * ({@link Comparison#stillHeld}).
 */
@Named("driftProcessor")
@Dependent
public class DriftProcessor implements ItemProcessor {

    @Inject
    DesiredState desired;

    @Override
    public Object processItem(Object read) {
        DriftReader.Step step = (DriftReader.Step) read;
        Pair pair = step.pair();
        boolean heldPending = false;
        if (pair.desired() == null) {
            String target = pair.item() == ItemKind.MOBILE_CLIENT ? pair.held().owner() : pair.held().key();
            heldPending = target != null && desired.pending(target);
        }
        List<Finding> compared = Comparison.compare(pair, heldPending);
        if (!compared.isEmpty()) {
            compared = Comparison.stillHeld(compared, pair.desired(), desired.now(pair.item(), pair.key()).orElse(null));
        }
        List<Finding> findings = compared.stream()
                .map(f -> f.carrierId() != null || f.accountId() == null ? f
                        : f.withCarrier(desired.carrierOf(f.accountId()).orElse(null)))
                .toList();
        return new Compared(pair.item(), pair.key(), step.cursor(), findings);
    }
}
