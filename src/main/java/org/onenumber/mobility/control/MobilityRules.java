package org.onenumber.mobility.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.User;
import org.onenumber.mobility.entity.MobilityError;
import org.onenumber.mobility.entity.MobilityService;
import org.onenumber.mobility.entity.MobilityStatus;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.TransactionMemo;

/** The account-level rules that licenses and mobility users both obey. */
@ApplicationScoped
public class MobilityRules {

    @PersistenceContext
    EntityManager em;

    @Inject
    TransactionMemo memo;

    public Optional<MobilityService> service(Account account) {
        ServiceOf key = new ServiceOf(account.getId());
        MobilityService remembered = memo.get(key, MobilityService.class);
        if (remembered != null && em.contains(remembered)) {
            return Optional.of(remembered);
        }
        Optional<MobilityService> service = em.createQuery("select m from MobilityService m where m.account = :account",
                MobilityService.class).setParameter("account", account).getResultStream().findFirst();
        service.ifPresent(found -> memo.put(key, found));
        return service;
    }

    /**
     * The account's settings as this transaction read them: an enablement, its share and the share's welcome email
     * each ask (remembered only when found, and only while still managed: an add-on bought or removed in the
     * transaction is read again).
     */
    private record ServiceOf(long accountId) {
    }

    /** Mobility users and shared clients need the add-on pending or active. */
    public MobilityService requireUsersAllowed(Account account) {
        MobilityService service = service(account).orElseGet(() -> new MobilityService(account));
        service.requireUsersAllowed();
        return service;
    }

    /** Only the phone profile types the carrier sells mobility with (Essentials, Premier, Elite by default). */
    public void requireEligible(User user) {
        if (!eligible(user)) {
            throw new BusinessException(MobilityError.PROFILE_NOT_ELIGIBLE, "userId", user.displayName() + " has the "
                    + title(user.getProfileType().name()) + " phone profile, which does not include mobility.");
        }
    }

    public boolean eligible(User user) {
        return user.getAccount().getCarrier().mobilityProfiles().contains(user.getProfileType());
    }

    /** Mobility is enabled for the user (a mobility user exists for them). */
    public boolean isMobilityUser(User user) {
        return em.createQuery("select count(m) from MobilityUser m where m.user = :user", Long.class)
                .setParameter("user", user).getSingleResult() > 0;
    }

    public int maxClientsPerUser(Account account) {
        return service(account).map(MobilityService::getMaxClientsPerUser).orElse(1);
    }

    public static String title(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public static boolean active(MobilityService service) {
        return service.getStatus() == MobilityStatus.ACTIVE;
    }
}
