package org.onenumber.switching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.onenumber.account.control.StationChanged;
import org.onenumber.account.entity.User;
import org.onenumber.license.entity.ClientLicense;
import org.onenumber.mobility.entity.MobilityService;
import org.onenumber.mobility.entity.MobilityUser;
import org.onenumber.switchadapter.wire.AccountMobility;
import org.onenumber.switchadapter.wire.ApplyAccountMobility;
import org.onenumber.switchadapter.wire.ApplySubscriber;
import org.onenumber.switchadapter.wire.Message;
import org.onenumber.switchadapter.wire.SubscriberState;
import org.onenumber.switchadapter.wire.WireCodec;
import org.onenumber.switching.entity.SwitchCommand;

/**
 * Writes switch commands in the caller's transaction, next to the change they follow from: either both
 * commit or neither, so the switch is never told of a change that did not happen, nor left out of one.
 * Each command carries the whole desired state, read from the database as it now stands.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    void onStationChanged(@Observes StationChanged change) {
        if (change.removed()) {
            subscriberRemoved(change.user());
        } else {
            subscriberChanged(change.user());
        }
    }

    /** The user's station as it now stands in the database: desk phone, shared mobile clients, mobility. */
    public void subscriberChanged(User user) {
        List<String> clients = em.createQuery("select l.deviceIdentity from ClientLicense l where l.station = :station"
                        + " and l.status = :shared order by l.deviceIdentity", String.class)
                .setParameter("station", user.getStation()).setParameter("shared", ClientLicense.Status.SHARED)
                .getResultList();
        MobilityUser mobility = em.createQuery("select m from MobilityUser m where m.user = :user", MobilityUser.class)
                .setParameter("user", user).getResultStream().findFirst().orElse(null);
        SubscriberState state = SubscriberStates.of(user, clients, mobility);
        String key = SubscriberStates.key(user.getStation());
        em.persist(new SwitchCommand(user.getAccount().getId(), SwitchCommand.TargetKind.SUBSCRIBER, key,
                SwitchCommand.Operation.APPLY, encode(new ApplySubscriber("outbox", key, 0, state))));
    }

    /** The user's station is gone. */
    public void subscriberRemoved(User user) {
        em.persist(new SwitchCommand(user.getAccount().getId(), SwitchCommand.TargetKind.SUBSCRIBER,
                SubscriberStates.key(user.getStation()), SwitchCommand.Operation.REMOVE, null));
    }

    /** The account's Connect Mobility settings, which every mobile client of the account is provisioned with. */
    public void accountMobilityChanged(MobilityService service) {
        String key = accountKey(service.getAccount().getId());
        var mobility = new AccountMobility(
                service.getRouter() == null ? null : service.getRouter().getName(),
                service.getGroupName(),
                service.getVoicemailAccessNumber(),
                service.getAccessNumber() == null ? null : service.getAccessNumber().getE164(),
                service.getReverseDialNumber(),
                service.getHandoverNumber());
        em.persist(new SwitchCommand(service.getAccount().getId(), SwitchCommand.TargetKind.ACCOUNT_MOBILITY, key,
                SwitchCommand.Operation.APPLY, encode(new ApplyAccountMobility("outbox", key, 0, mobility))));
    }

    /** The switch's key for an account's Mobility settings. */
    public static String accountKey(long accountId) {
        return "account-" + accountId;
    }

    private static String encode(Message message) {
        return new String(WireCodec.encode(message), StandardCharsets.UTF_8);
    }
}
