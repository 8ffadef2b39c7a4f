package org.onenumber.license.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onenumber.account.control.Tenancy;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.Device;
import org.onenumber.account.entity.Station;
import org.onenumber.license.boundary.DeviceLine.Registration;
import org.onenumber.license.entity.ClientLicense;
import org.onenumber.security.entity.Role;
import org.onenumber.switching.control.SubscriberStates;
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

    private static final String DEVICE_FILTER = " and (d.macAddress like :device or s.extension like :extension"
            + " or n.e164 like :number or u.searchName like :name)";
    private static final String CLIENT_FILTER = " and (l.deviceIdentity like :device or s.extension like :extension"
            + " or n.e164 like :number or u.searchName like :name)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    /** The desk phone models with how many devices each, then the mobile clients; filtered like {@link #devices}. */
    public List<DeviceGroup> groups(long accountId, String filter) {
        Account account = tenancy.account(accountId);
        List<DeviceGroup> groups = new ArrayList<>();
        query("select d.model, count(d) from Device d join d.station s join s.user u left join s.phoneNumber n"
                + " where d.account = :account" + (present(filter) ? DEVICE_FILTER : "") + " group by d.model order by d.model",
                Object[].class, account, filter)
                .getResultList().forEach(row -> groups.add(new DeviceGroup((String) row[0], ((Number) row[1]).longValue())));
        long clients = query("select count(l) from ClientLicense l left join l.station s left join s.user u"
                + " left join s.phoneNumber n where l.account = :account" + (present(filter) ? CLIENT_FILTER : ""),
                Long.class, account, filter).getSingleResult();
        groups.add(new DeviceGroup(null, clients));
        return groups;
    }

    /**
     * The first {@link #MAX_DEVICES} devices of a group: by MAC address or device identity, matching the
     * filter (part of a MAC or identity, an extension, digits of a number, or part of a name) when one is given.
     */
    public List<DeviceLine> devices(long accountId, DeviceGroup group, String filter) {
        Account account = tenancy.account(accountId);
        List<DeviceLine> lines = new ArrayList<>();
        if (group.mobileClient()) {
            query("select l from ClientLicense l left join fetch l.station s left join fetch s.user u"
                    + " left join fetch s.phoneNumber n where l.account = :account"
                    + (present(filter) ? CLIENT_FILTER : "") + " order by l.deviceIdentity", ClientLicense.class, account, filter)
                    .setMaxResults(MAX_DEVICES).getResultList()
                    .forEach(l -> lines.add(line(l.getDeviceIdentity(), true, l.getStation())));
        } else {
            TypedQuery<Device> query = query("select d from Device d join fetch d.station s join fetch s.user u"
                    + " left join fetch s.phoneNumber n where d.account = :account and d.model = :model"
                    + (present(filter) ? DEVICE_FILTER : "") + " order by d.macAddress", Device.class, account, filter);
            query.setParameter("model", group.model()).setMaxResults(MAX_DEVICES).getResultList()
                    .forEach(d -> lines.add(line(d.getMacAddress(), false, d.getStation())));
        }
        return withRegistrations(lines);
    }

    private static DeviceLine line(String device, boolean mobileClient, Station station) {
        if (station == null) {
            return new DeviceLine(device, mobileClient, Registration.UNKNOWN, null, null, null, null);
        }
        return new DeviceLine(device, mobileClient, Registration.UNKNOWN, SubscriberStates.key(station),
                station.getExtension(), station.getUser().displayName(),
                station.getPhoneNumber() == null ? null : station.getPhoneNumber().getDisplay());
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
                    line.userName(), line.phoneNumber());
        }).toList();
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, Account account, String filter) {
        TypedQuery<T> query = em.createQuery(jpql, type).setParameter("account", account);
        if (present(filter)) {
            String text = filter.trim();
            String digits = text.replaceAll("\\D", "");
            query.setParameter("device", "%" + text.toUpperCase(Locale.ROOT) + "%")
                    .setParameter("extension", text + "%")
                    .setParameter("number", digits.length() < 3 ? "-" : "%" + digits + "%")
                    .setParameter("name", "%" + text.toLowerCase(Locale.ROOT) + "%");
        }
        return query;
    }

    private static boolean present(String filter) {
        return filter != null && !filter.isBlank();
    }
}
