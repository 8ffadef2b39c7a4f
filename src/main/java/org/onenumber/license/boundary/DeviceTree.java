package org.onenumber.license.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.Device;
import org.onenumber.account.entity.Station;
import org.onenumber.license.boundary.DeviceLine.Registration;
import org.onenumber.license.entity.ClientLicense;
import org.onenumber.platform.control.Where;
import org.onenumber.security.entity.Role;
import org.onenumber.switching.entity.SwitchTarget;
import org.onenumber.switching.entity.DeviceRegistration;

/**
 * The Devices page's device assignments: desk phones grouped by model and the mobile client licenses, each
 * with the station line on it and its registration as the switch last reported it. Groups are counted in
 * the database and a group's devices are read when it is opened, a bounded number at a time, with the
 * registrations of those devices in one query.
 */
@Stateless
@RolesAllowed({Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class DeviceTree {

    public static final int MAX_DEVICES = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountScope tenancy;

    /** The desk phone models with how many devices each, then the mobile clients; filtered like {@link #devices}. */
    public List<DeviceGroup> groups(long accountId, String filter) {
        Account account = tenancy.account(accountId);
        List<DeviceGroup> groups = new ArrayList<>();
        Where phones = where("d", account, filter);
        phones.bind(em.createQuery("select d.model, count(d) from Device d join d.station s join s.user u"
                        + " left join s.phoneNumber n" + phones.jpql() + " group by d.model order by d.model", Object[].class))
                .getResultList().forEach(row -> groups.add(new DeviceGroup((String) row[0], ((Number) row[1]).longValue())));
        Where clients = where("l", account, filter);
        groups.add(new DeviceGroup(null, clients.bind(em.createQuery("select count(l) from ClientLicense l left join l.station s"
                + " left join s.user u left join s.phoneNumber n" + clients.jpql(), Long.class)).getSingleResult()));
        return groups;
    }

    /**
     * {@link #MAX_DEVICES} devices of a group from the {@code first} (0 for the first): by MAC address or device
     * identity, matching the filter (part of a MAC or identity, an extension, digits of a number, or part of a name)
     * when one is given.
     */
    public List<DeviceLine> devices(long accountId, DeviceGroup group, String filter, int first) {
        Account account = tenancy.account(accountId);
        List<DeviceLine> lines = new ArrayList<>();
        if (group.mobileClient()) {
            Where where = where("l", account, filter);
            where.bind(em.createQuery("select l from ClientLicense l left join fetch l.station s left join fetch s.user u"
                            + " left join fetch s.phoneNumber n" + where.jpql() + " order by l.deviceIdentity", ClientLicense.class))
                    .setFirstResult(first).setMaxResults(MAX_DEVICES).getResultList()
                    .forEach(l -> lines.add(line(l.getDeviceIdentity(), true, l.getStation())));
        } else {
            Where where = where("d", account, filter).and("d.model = :model", "model", group.model());
            where.bind(em.createQuery("select d from Device d join fetch d.station s join fetch s.user u"
                            + " left join fetch s.phoneNumber n" + where.jpql() + " order by d.macAddress", Device.class))
                    .setFirstResult(first).setMaxResults(MAX_DEVICES).getResultList()
                    .forEach(d -> lines.add(line(d.getMacAddress(), false, d.getStation())));
        }
        return withRegistrations(lines);
    }

    /** Every device of every group matching the filter, group by group, for an export. */
    public List<DeviceLine> all(long accountId, String filter) {
        List<DeviceLine> all = new ArrayList<>();
        for (DeviceGroup group : groups(accountId, filter)) {
            for (int first = 0; first < group.count(); first += MAX_DEVICES) {
                List<DeviceLine> some = devices(accountId, group, filter, first);
                all.addAll(some);
                if (some.size() < MAX_DEVICES) {
                    break;
                }
            }
        }
        return all;
    }

    /**
     * The account's devices ({@code d}, desk phones) or licenses ({@code l}), narrowed by the filter: part of
     * the MAC address or device identity, the start of an extension, digits of a number or part of a name.
     */
    private static Where where(String device, Account account, String filter) {
        Where where = new Where(device + ".account = :account", "account", account);
        if (Where.present(filter)) {
            String text = filter.trim();
            where.and(Where.like(device.equals("d") ? "d.macAddress" : "l.deviceIdentity", "device")
                            + " or " + Where.like("s.extension", "extension") + " or n.e164 like :number or "
                            + Where.like("u.searchName", "name"),
                    Map.of("device", "%" + Where.literally(text.toUpperCase(Locale.ROOT)) + "%",
                            "extension", Where.startingWith(text),
                            "number", text.replaceAll("\\D", "").length() < 3 ? "-" : Where.digitsContaining(text),
                            "name", Where.containing(text)));
        }
        return where;
    }

    private static DeviceLine line(String device, boolean mobileClient, Station station) {
        if (station == null) {
            return new DeviceLine(device, mobileClient, Registration.UNKNOWN, null, null, null, null, null);
        }
        return new DeviceLine(device, mobileClient, Registration.UNKNOWN, SwitchTarget.stationKey(station.getId()),
                station.getExtension(), station.getUser().displayName(),
                station.getPhoneNumber() == null ? null : station.getPhoneNumber().getDisplay(), station.getUser().getId());
    }

    /** The endpoint a device registers with is the string the switch was given: the MAC or the identity. */
    private List<DeviceLine> withRegistrations(List<DeviceLine> lines) {
        if (lines.isEmpty()) {
            return lines;
        }
        Map<String, Boolean> registered = new HashMap<>();
        em.createQuery("select r from DeviceRegistration r where r.endpoint in :endpoints", DeviceRegistration.class)
                .setParameter("endpoints", lines.stream().map(DeviceLine::device).toList())
                .getResultList().forEach(r -> registered.put(r.getEndpoint(), r.isRegistered()));
        return lines.stream().map(line -> {
            Boolean state = line.hasLine() ? registered.get(line.device()) : null;
            Registration registration = state == null ? Registration.UNKNOWN
                    : state ? Registration.REGISTERED : Registration.NOT_REGISTERED;
            return new DeviceLine(line.device(), line.mobileClient(), registration, line.subscriber(), line.extension(),
                    line.userName(), line.phoneNumber(), line.userId());
        }).toList();
    }
}
