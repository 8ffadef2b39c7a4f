package org.onenumber.myphone.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * One query for what every station has (the account's ring timers, the phone PIN) and for whether its user chose
     * anything (call settings, an active rules profile), for all the stations at once; the rest only for a user with
     * something to read. A user who never opened My Phone, as every user a back office has just added, costs no
     * query of their own. In SQL: JPQL's join on {@code u.account} puts the account table after the outer joins that
     * name it.
     */
    @Override
    public void contributeStations(Map<Long, SubscriberDraft> drafts) {
        Map<Long, Object[]> rows = new HashMap<>();
        for (Object found : SubscriberContributor.inStations(em, "select s.id, u.id as user_id, d.id as defaults_id,"
                + " p.digest, c.id as settings_id, r.id as profile_id from station s join app_user u on u.id = s.user_id"
                + " left join account_call_defaults d on d.account_id = u.account_id"
                + " left join phone_pin p on p.user_id = u.id"
                + " left join call_settings c on c.user_id = u.id"
                + " left join rules_profile r on r.user_id = u.id and r.active = true"
                + " where s.id in (:list)", drafts).getResultList()) {
            Object[] row = (Object[]) found;
            rows.putIfAbsent(((Number) row[0]).longValue(), row);
        }
        rows.forEach((station, row) -> contribute(drafts.get(station), row));
    }

    private void contribute(SubscriberDraft draft, Object[] row) {
        if (row[2] != null) {
            draft.ringTimers(em.find(AccountCallDefaults.class, ((Number) row[2]).longValue()).timers());
        }
        if (row[3] != null) {
            draft.pin((String) row[3]);
        }
        if (row[4] == null && row[5] == null) {
            return; // the station's defaults
        }
        User user = em.find(User.class, ((Number) row[1]).longValue());
        CallSettings settings = row[4] == null ? null : em.find(CallSettings.class, ((Number) row[4]).longValue());
        List<RoutingRule> rules = row[5] == null ? List.of()
                : em.createQuery("select r from RoutingRule r where r.profile.user = :user and r.profile.active = true"
                        + " order by r.id", RoutingRule.class).setParameter("user", user).getResultList();
        if (settings == null && rules.isEmpty()) {
            return;
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
