package org.onenumber.switching.control;

import org.onenumber.switching.entity.SwitchTarget;

/**
 * What a capability fires, inside the transaction of its change and after it, when something the switch
 * holds for {@code target} may have changed. Switching then recomputes the target's whole desired state
 * from every contributor, in the same transaction; a capability never builds switch state itself.
 */
public record TargetChanged(SwitchTarget target) {
}
