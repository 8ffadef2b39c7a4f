package org.onenumber.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.onenumber.account.control.UserLocks;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.control.FeatureRules;
import org.onenumber.account.entity.AccountError;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.account.entity.User;
import org.onenumber.account.entity.UserNumber;
import org.onenumber.account.entity.UserNumberDetails;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.platform.control.StaleVersionException;
import org.onenumber.platform.control.Validation;
import org.onenumber.security.entity.Role;

/**
 * My Number (reference 002, 3.2): the user's own mobile and landline numbers, in E.164 with a label. A number the
 * system or another user's feature rings is refused naming what holds it; a number one of the user's features rings
 * (the Mobile App's cell phone, say) keeps its number until that feature lets it go.
 */
@Stateless
@RolesAllowed({Role.END_USER, Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class MyNumbers {

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

    public List<UserNumber> of(long userId) {
        User user = tenancy.user(userId);
        return em.createQuery("select n from UserNumber n where n.user = :user order by n.kind, n.id", UserNumber.class)
                .setParameter("user", user).getResultList();
    }

    public UserNumber add(long userId, UserNumberDetails details) {
        validation.check(details);
        User user = tenancy.user(userId);
        userLocks.lock(user); // two adds of one number by one user come one after the other
        String e164 = features.requireOwnNumber(user, details.number(), "number");
        List<UserNumber> existing = of(userId);
        if (existing.size() >= UserNumber.MAX_PER_USER) {
            throw new ConflictException(CommonError.INVALID_FIELD, "number", "My Number keeps at most "
                    + UserNumber.MAX_PER_USER + " numbers; remove one first.");
        }
        requireNotListed(existing, e164, null);
        UserNumber number = new UserNumber(user, details.kind(), e164, details.label());
        em.persist(number);
        em.flush();
        audit.record(user.getAccount(), "UserNumber", number.getId(), "ADD", null, number.snapshot());
        return number;
    }

    public UserNumber modify(long userId, long numberId, Long expectedVersion, UserNumberDetails details) {
        validation.check(details);
        User user = tenancy.user(userId);
        userLocks.lock(user);
        UserNumber number = find(user, numberId);
        StaleVersionException.check("Number " + numberId, expectedVersion, number.getVersion());
        String e164 = features.requireOwnNumber(user, details.number(), "number");
        requireNotListed(of(userId), e164, number.getId());
        if (!e164.equals(number.getE164()) || details.kind() != number.getKind()) {
            requireUnused(user, number, "change");
        }
        var before = number.snapshot();
        number.update(details.kind(), e164, details.label());
        em.flush();
        audit.record(user.getAccount(), "UserNumber", number.getId(), "MODIFY", before, number.snapshot());
        return number;
    }

    public void remove(long userId, long numberId) {
        User user = tenancy.user(userId);
        userLocks.lock(user);
        UserNumber number = find(user, numberId);
        requireUnused(user, number, "remove");
        var before = number.snapshot();
        em.remove(number);
        em.flush();
        audit.record(user.getAccount(), "UserNumber", numberId, "DELETE", before, null);
    }

    private UserNumber find(User user, long numberId) {
        UserNumber number = em.find(UserNumber.class, numberId);
        if (number == null || !number.getUser().getId().equals(user.getId())) {
            throw new NotFoundException("Number", numberId);
        }
        return number;
    }

    private static void requireNotListed(List<UserNumber> existing, String e164, Long except) {
        if (existing.stream().anyMatch(n -> n.getE164().equals(e164) && !n.getId().equals(except))) {
            throw new ConflictException(CommonError.INVALID_FIELD, "number", NumberFormat.display(e164)
                    + " is in My Number already.");
        }
    }

    private void requireUnused(User user, UserNumber number, String verb) {
        features.featureUsing(user, number.getE164()).ifPresent(feature -> {
            throw new ConflictException(AccountError.FEATURE_CONFLICT, "number", "Your " + feature.title() + " rings "
                    + number.getDisplay() + "; turn " + feature.title() + " off or give it another number before you "
                    + verb + " it.");
        });
    }
}
