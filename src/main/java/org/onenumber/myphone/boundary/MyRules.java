package org.onenumber.myphone.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.onenumber.account.control.UserLocks;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.control.FeatureRules;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.account.entity.User;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.myphone.entity.RoutingRule;
import org.onenumber.myphone.entity.RuleChoices;
import org.onenumber.myphone.entity.RuleTarget;
import org.onenumber.myphone.entity.RulesProfile;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.platform.control.Validation;
import org.onenumber.security.entity.Role;
import org.onenumber.switching.control.TargetChanged;

/**
 * Rules profiles (reference 003, 4.7): named sets of simple rules (calls from these numbers, or in this time window on
 * these days, go to this device or number). One profile is active at a time, or none; the active one's rules decide
 * before the preferred device.
 */
@Stateless
@RolesAllowed({Role.END_USER, Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class MyRules {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserLocks userLocks;

    @Inject
    AccountScope tenancy;

    @Inject
    FeatureRules features;

    @Inject
    Validation validation;

    @Inject
    AuditTrail audit;

    @Inject
    Event<TargetChanged> targetChanged;

    public List<RulesProfile> of(long userId) {
        return of(tenancy.user(userId));
    }

    public RulesProfile addProfile(long userId, String name) {
        User user = locked(userId);
        String checked = profileName(user, name, null);
        if (of(user).size() >= RulesProfile.MAX_PER_USER) {
            throw new ConflictException(CommonError.INVALID_FIELD, "profileName", "You can keep at most "
                    + RulesProfile.MAX_PER_USER + " profiles; delete one first.");
        }
        RulesProfile profile = new RulesProfile(user, checked);
        em.persist(profile);
        em.flush();
        audit.record(user.getAccount(), "RulesProfile", profile.getId(), "ADD", null, profile.snapshot());
        return profile;
    }

    public RulesProfile renameProfile(long userId, long profileId, String name) {
        User user = locked(userId);
        RulesProfile profile = find(user, profileId);
        String checked = profileName(user, name, profileId);
        var before = profile.snapshot();
        profile.rename(checked);
        em.flush();
        audit.record(user.getAccount(), "RulesProfile", profile.getId(), "MODIFY", before, profile.snapshot());
        return profile;
    }

    public void removeProfile(long userId, long profileId) {
        User user = locked(userId);
        RulesProfile profile = find(user, profileId);
        var before = profile.snapshot();
        boolean wasActive = profile.isActive();
        em.remove(profile);
        em.flush();
        audit.record(user.getAccount(), "RulesProfile", profileId, "DELETE", before, null);
        if (wasActive) {
            targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        }
    }

    /** Makes {@code profileId} the active profile (null: none), the others inactive. */
    public void activate(long userId, Long profileId) {
        User user = locked(userId);
        RulesProfile chosen = profileId == null ? null : find(user, profileId);
        for (RulesProfile profile : of(user)) {
            boolean on = profile == chosen;
            if (profile.isActive() != on) {
                var before = profile.snapshot();
                profile.activate(on);
                em.flush();
                audit.record(user.getAccount(), "RulesProfile", profile.getId(), "MODIFY", before, profile.snapshot());
            }
        }
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
    }

    public RoutingRule addRule(long userId, long profileId, RuleChoices choices) {
        validation.check(choices);
        User user = locked(userId);
        RulesProfile profile = find(user, profileId);
        if (profile.getRules().size() >= RulesProfile.MAX_RULES) {
            throw new ConflictException(CommonError.INVALID_FIELD, "name", "A profile has at most " + RulesProfile.MAX_RULES
                    + " rules; delete one first.");
        }
        if ((choices.from() == null) != (choices.until() == null)) {
            throw new InvalidInputException(choices.from() == null ? "from" : "until",
                    "Give both the start and the end of the time window, or neither.");
        }
        if (choices.from() != null && choices.from().equals(choices.until())) {
            throw new InvalidInputException("until", "The window ends when it starts; give another end time.");
        }
        List<String> callers = new ArrayList<>();
        for (String caller : choices.callers()) {
            String e164 = NumberFormat.toE164(caller, "callers");
            if (!callers.contains(e164)) {
                callers.add(e164);
            }
        }
        String number = null;
        if (choices.target() == RuleTarget.NUMBER) {
            if (choices.number() == null) {
                throw new InvalidInputException("number", "Give the number the calls go to.");
            }
            number = features.requireOwnNumber(user, choices.number(), "number");
        }
        var before = profile.snapshot();
        RoutingRule rule = profile.add(choices, String.join(" ", callers), number);
        em.flush();
        audit.record(user.getAccount(), "RulesProfile", profile.getId(), "MODIFY", before, profile.snapshot());
        if (profile.isActive()) {
            targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        }
        return rule;
    }

    public void removeRule(long userId, long profileId, long ruleId) {
        User user = locked(userId);
        RulesProfile profile = find(user, profileId);
        RoutingRule rule = profile.getRules().stream().filter(r -> r.getId() == ruleId).findFirst()
                .orElseThrow(() -> new NotFoundException("Rule", ruleId));
        var before = profile.snapshot();
        profile.remove(rule);
        em.flush();
        audit.record(user.getAccount(), "RulesProfile", profile.getId(), "MODIFY", before, profile.snapshot());
        if (profile.isActive()) {
            targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        }
    }

    private User locked(long userId) {
        User user = tenancy.user(userId);
        userLocks.lock(user);
        return user;
    }

    private List<RulesProfile> of(User user) {
        return em.createQuery("select p from RulesProfile p where p.user = :user order by p.name", RulesProfile.class)
                .setParameter("user", user).getResultList();
    }

    private RulesProfile find(User user, long profileId) {
        RulesProfile profile = em.find(RulesProfile.class, profileId);
        if (profile == null || !profile.getUser().getId().equals(user.getId())) {
            throw new NotFoundException("Rules profile", profileId);
        }
        return profile;
    }

    private String profileName(User user, String name, Long except) {
        String checked = name == null ? "" : name.strip();
        if (checked.isEmpty()) {
            throw new InvalidInputException("profileName", "Give the profile a name.");
        }
        if (checked.length() > 60 || checked.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("profileName", "A profile's name is at most 60 characters of plain text.");
        }
        if (of(user).stream().anyMatch(p -> p.getName().equalsIgnoreCase(checked) && !p.getId().equals(except))) {
            throw new ConflictException(CommonError.INVALID_FIELD, "profileName", "You have a profile called \"" + checked
                    + "\" already; choose another name.");
        }
        return checked;
    }
}
