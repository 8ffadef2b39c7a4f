package org.onenumber.account.control;

import org.onenumber.account.entity.Feature;
import org.onenumber.account.entity.ProfileType;
import org.onenumber.account.entity.User;

/**
 * The extension point through which each capability that reaches a user elsewhere (Mobility, Office Anywhere,
 * My Phone's Simultaneous Ring) says whether the user runs it, so {@link FeatureRules} can keep the features
 * that exclude each other apart without knowing the capabilities above it.
 */
public interface UserFeature {

    Feature feature();

    boolean heldBy(User user);

    /** Whether a user of this phone profile may have the feature (every profile unless the feature says otherwise). */
    default boolean allows(User user, ProfileType profile) {
        return true;
    }
}
