package org.onenumber.switching.control;

import org.onenumber.switching.entity.SwitchTarget;

/**
 * What a capability fires, inside the transaction of its change and after it, when something the switch
 * holds for {@code target} may have changed. Switching then recomputes the target's whole desired state
 * from every contributor, in the same transaction; a capability never builds switch state itself.
 *
 * @param made the target's subject was made in this transaction (a new station, its id new from the sequence): no
 *             other transaction can know the target yet, so it has no version row and no command
 */
public record TargetChanged(SwitchTarget target, boolean made) {

    public TargetChanged(SwitchTarget target) {
        this(target, false);
    }

    /** The first change of a target whose subject this transaction made. */
    public static TargetChanged made(SwitchTarget target) {
        return new TargetChanged(target, true);
    }
}
