package org.onenumber.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.onenumber.account.entity.AccountError;
import org.onenumber.account.entity.DestinationNumber;
import org.onenumber.account.entity.Feature;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.account.entity.ProfileType;
import org.onenumber.account.entity.User;
import org.onenumber.platform.control.ConflictException;

/**
 * The one place where the features that reach a user elsewhere are kept apart (reference 002, 4.2): a user runs
 * Mobility or Office Anywhere, not both; a destination number serves one feature of one user in the carrier's
 * switch, and is never a number of the account's inventory or the user's own business number. Every capability
 * that uses a feature asks here, and every refusal names the feature and the user that hold what was asked for.
 */
@ApplicationScoped
public class FeatureRules {

    @Inject
    Instance<UserFeature> features;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserLocks userLocks;

    /** The user runs no feature that excludes {@code wanted}. */
    public void requireCompatible(User user, Feature wanted) {
        // the user's row locked first: two admins giving the user Mobility and Office Anywhere at once are serialised,
        // and the second sees the first's feature
        userLocks.lock(user);
        for (UserFeature held : features) {
            if (held.feature().excludes(wanted) && held.heldBy(user)) {
                throw new ConflictException(AccountError.FEATURE_CONFLICT, "userId", user.displayName() + " uses "
                        + held.feature().title() + "; a user runs Mobility or Office Anywhere, not both. Remove "
                        + held.feature().title() + " first.");
            }
        }
    }

    /** The feature the user runs that excludes {@code wanted}, if any: what a page names when it does not offer the user. */
    public Optional<Feature> excluding(User user, Feature wanted) {
        for (UserFeature held : features) {
            if (held.feature().excludes(wanted) && held.heldBy(user)) {
                return Optional.of(held.feature());
            }
        }
        return Optional.empty();
    }

    /** A user's phone profile changes only to one every feature they run allows (Basic has no Mobility or Office Anywhere). */
    public void requireProfileAllows(User user, ProfileType profile) {
        for (UserFeature held : features) {
            if (!held.allows(user, profile) && held.heldBy(user)) {
                throw new ConflictException(AccountError.PROFILE_NOT_ELIGIBLE, "profileType", user.displayName() + " uses "
                        + held.feature().title() + ", which the " + profile.name().charAt(0)
                        + profile.name().substring(1).toLowerCase(java.util.Locale.ROOT) + " profile does not include. Remove "
                        + held.feature().title() + " first.");
            }
        }
    }

    /**
     * The number in E.164, free to serve {@code feature} for {@code user}: not their business number, not a number
     * of the account's inventory, not another feature's or user's (its own holder's claim is allowed).
     */
    public String requireFreeDestination(User user, Feature feature, Long holderId, String input, String field) {
        String e164 = requireOutsideNumber(user, input, field);
        Optional<DestinationNumber> claimed = claim(user.getAccount().getCarrier().getId(), e164);
        if (claimed.isPresent() && !(claimed.get().getFeature() == feature && holderId != null
                && claimed.get().getHolderId() == holderId)) {
            throw new ConflictException(AccountError.FEATURE_CONFLICT, field, NumberFormat.display(e164) + " is already "
                    + holderName(claimed.get(), user) + "'s " + claimed.get().getFeature().title() + " number.");
        }
        return e164;
    }

    /**
     * A number of the user's own (My Number, a custom device) in E.164: not their business number, not a number of the
     * carrier's system, not a number another user's feature holds (the user's own features may use it).
     */
    public String requireOwnNumber(User user, String input, String field) {
        String e164 = requireOutsideNumber(user, input, field);
        Optional<DestinationNumber> claimed = claim(user.getAccount().getCarrier().getId(), e164);
        if (claimed.isPresent() && claimed.get().getUserId() != user.getId()) {
            throw new ConflictException(AccountError.FEATURE_CONFLICT, field, NumberFormat.display(e164) + " is already "
                    + holderName(claimed.get(), user) + "'s " + claimed.get().getFeature().title() + " number.");
        }
        return e164;
    }

    /** The feature of the user's that rings {@code e164}, if one does. */
    public Optional<Feature> featureUsing(User user, String e164) {
        return claim(user.getAccount().getCarrier().getId(), e164).filter(d -> d.getUserId() == user.getId())
                .map(DestinationNumber::getFeature);
    }

    private String requireOutsideNumber(User user, String input, String field) {
        String e164 = NumberFormat.toE164(input, field);
        PhoneNumber business = user.getStation().getPhoneNumber();
        if (business != null && business.getE164().equals(e164)) {
            throw new ConflictException(AccountError.FEATURE_CONFLICT, field, NumberFormat.display(e164) + " is "
                    + user.displayName() + "'s own business number; give the number of another phone.");
        }
        // any account's inventory of the carrier: those numbers ring in this switch (and a portal knows its callers by number)
        Optional<PhoneNumber> inventory = em.createQuery("select p from PhoneNumber p where p.account.carrier.id = :carrier"
                        + " and p.e164 = :e164", PhoneNumber.class)
                .setParameter("carrier", user.getAccount().getCarrier().getId()).setParameter("e164", e164)
                .setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst();
        if (inventory.isPresent()) {
            throw new ConflictException(AccountError.FEATURE_CONFLICT, field, NumberFormat.display(e164)
                    + (inventory.get().getAccount().getId().equals(user.getAccount().getId())
                            ? " is a number of the account's inventory, which rings in this system; give the number of another phone."
                            : " is a number of this carrier's system; give the number of another phone."));
        }
        return e164;
    }

    /** Gives the number to {@code holderId} of {@code feature} (after {@link #requireFreeDestination}). */
    public void claimDestination(User user, Feature feature, long holderId, String e164, String field) {
        release(feature, holderId);
        em.persist(new DestinationNumber(user, e164, feature, holderId));
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!DialPlan.isUniqueViolation(e)) {
                throw e;
            }
            throw new ConflictException(AccountError.FEATURE_CONFLICT, field, NumberFormat.display(e164)
                    + " was given to another feature a moment ago; choose another number.");
        }
    }

    /** The holder no longer uses its number. */
    public void release(Feature feature, long holderId) {
        em.createQuery("delete from DestinationNumber d where d.feature = :feature and d.holderId = :holder")
                .setParameter("feature", feature).setParameter("holder", holderId).executeUpdate();
    }

    /** Every number the user's features hold is free again (the user is being deleted). */
    public void releaseAll(User user) {
        em.createQuery("delete from DestinationNumber d where d.userId = :user").setParameter("user", user.getId())
                .executeUpdate();
    }

    private Optional<DestinationNumber> claim(long carrierId, String e164) {
        return em.createQuery("select d from DestinationNumber d where d.carrierId = :carrier and d.e164 = :e164",
                        DestinationNumber.class)
                .setParameter("carrier", carrierId).setParameter("e164", e164)
                .setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst();
    }

    /** The holder by name within the caller's account; another customer's user stays anonymous. */
    private String holderName(DestinationNumber claim, User asking) {
        if (!claim.getAccountId().equals(asking.getAccount().getId())) {
            return "a user of another customer";
        }
        return em.createQuery("select concat(concat(u.firstName, ' '), u.lastName) from User u where u.id = :id", String.class)
                .setParameter("id", claim.getUserId()).setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst().orElse("another user");
    }
}
