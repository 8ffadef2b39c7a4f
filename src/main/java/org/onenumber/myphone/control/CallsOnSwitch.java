package org.onenumber.myphone.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.onenumber.account.entity.User;
import org.onenumber.myphone.entity.AccountCallDefaults;
import org.onenumber.myphone.entity.CallSettings;
import org.onenumber.myphone.entity.RoutingRule;
import org.onenumber.myphone.entity.RuleTarget;
import org.onenumber.myphone.entity.SimRingNumber;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.RingRule;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switching.control.SubscriberContributor;
import org.onenumber.switching.control.SubscriberDraft;

/**
 * A user's own call settings are their station's routing on the switch, in place of the station's defaults: the
 * preferred device, Route Calls to Cell, the active rules profile (its windows in the site's time zone), forwarding,
 * Do Not Disturb; and for every station the account's ring timers and the user's phone PIN.
 */
@ApplicationScoped
public class CallsOnSwitch implements SubscriberContributor {

    @PersistenceContext
    EntityManager em;

    @Override
    public void contribute(long stationId, SubscriberDraft draft) {
        User user = em.createQuery("select u from User u join fetch u.station s where s.id = :station", User.class)
                .setParameter("station", stationId).getResultStream().findFirst().orElse(null);
        if (user == null) {
            return;
        }
        em.createQuery("select d from AccountCallDefaults d where d.account = :account", AccountCallDefaults.class)
                .setParameter("account", user.getAccount()).getResultStream().findFirst()
                .ifPresent(defaults -> draft.ringTimers(defaults.timers()));
        em.createQuery("select p.digest from PhonePin p where p.user = :user", String.class).setParameter("user", user)
                .getResultStream().findFirst().ifPresent(draft::pin);
        List<RoutingRule> rules = em.createQuery("select r from RoutingRule r where r.profile.user = :user"
                        + " and r.profile.active = true order by r.id", RoutingRule.class)
                .setParameter("user", user).getResultList();
        CallSettings settings = em.createQuery("select c from CallSettings c left join fetch c.simRingNumbers"
                        + " where c.user = :user", CallSettings.class)
                .setParameter("user", user).getResultStream().findFirst().orElse(null);
        if (settings == null && rules.isEmpty()) {
            return; // the station's defaults
        }
        CallSettings chosen = settings == null ? new CallSettings(user) : settings;
        String zone = user.getSite() == null ? null : user.getSite().getTimeZone();
        draft.personalRouting(ring(chosen, rules, zone), forwarding(chosen), chosen.isDoNotDisturb());
    }

    static RingSettings ring(CallSettings settings, List<RoutingRule> rules, String zone) {
        return new RingSettings(RingSettings.PreferredDevice.valueOf(settings.getPreferredDevice().name()),
                settings.getCustomNumber(), settings.getRingNoAnswerSeconds(), settings.isSimultaneousRing(),
                settings.isSimultaneousRing() ? settings.getSimRingNumbers().stream().map(SimRingNumber::getE164).toList()
                        : List.of(), settings.isRouteToCell(), null, rules.stream().map(r -> rule(r, zone)).toList(),
                settings.isSimRingQuietWhenBusy());
    }

    static RingRule rule(RoutingRule rule, String zone) {
        return new RingRule(rule.getName(), rule.callerList(), rule.daySet(), rule.from(), rule.until(), zone,
                target(rule.getTarget()), rule.getE164());
    }

    private static RingRule.Target target(RuleTarget target) {
        return switch (target) {
            case DESK -> RingRule.Target.DESK;
            case MOBILE_APP -> RingRule.Target.MOBILE_CLIENT;
            case CELL -> RingRule.Target.CELL;
            case NUMBER -> RingRule.Target.NUMBER;
            case VOICEMAIL -> RingRule.Target.VOICEMAIL;
        };
    }

    static CallForwarding forwarding(CallSettings settings) {
        return new CallForwarding(settings.getForwardAll(), settings.getForwardBusy(), settings.getForwardNoReply(),
                settings.getNoReplySeconds());
    }
}
