package org.onenumber.reconcile.boundary;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.onenumber.reconcile.control.Comparison;
import org.onenumber.reconcile.control.Desired;
import org.onenumber.reconcile.control.DesiredState;
import org.onenumber.reconcile.control.Finding;
import org.onenumber.reconcile.control.Pair;
import org.onenumber.reconcile.entity.ItemKind;
import org.onenumber.switching.control.SwitchProjection;

/**
 * Compares one merged key. What the comparison cannot see in the streams is looked up here, only where it matters:
 * whether a command is pending for something the database does not have, the account's Mobility settings where
 * both sides hold them, and the carrier of an account the switch names.
 */
@Named("driftProcessor")
@Dependent
public class DriftProcessor implements ItemProcessor {

    @Inject
    DesiredState desired;

    @Inject
    SwitchProjection projection;

    @Override
    public Object processItem(Object read) {
        DriftReader.Step step = (DriftReader.Step) read;
        Pair pair = step.pair();
        boolean heldPending = false;
        if (pair.desired() == null) {
            String target = pair.item() == ItemKind.MOBILE_CLIENT ? pair.held().owner() : pair.held().key();
            heldPending = target != null && desired.pending(target);
        } else if (pair.item() == ItemKind.ACCOUNT_MOBILITY && pair.held() != null && !pair.desired().pending()) {
            Desired d = pair.desired();
            pair = new Pair(pair.item(), d.withMobility(projection.desiredAccountMobility(d.accountId()).orElse(null)),
                    pair.held());
        }
        List<Finding> findings = Comparison.compare(pair, heldPending).stream()
                .map(f -> f.carrierId() != null || f.accountId() == null ? f
                        : f.withCarrier(desired.carrierOf(f.accountId()).orElse(null)))
                .toList();
        return new Compared(pair.item(), pair.key(), step.cursor(), findings);
    }
}
