package org.onenumber.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.onenumber.audit.entity.AuditEntry;
import org.onenumber.platform.control.Where;
import org.onenumber.security.control.Tenancy;
import org.onenumber.security.entity.Role;

/**
 * Reading the trail: admins read their account's, support its carrier's. Newest first, paged, narrowed by who, what
 * and when; the entities the entries are about are named in one query per page.
 */
@Stateless
@RolesAllowed({Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class AuditLog {

    /** The most entries an export holds. */
    public static final int MAX_EXPORT = 10_000;

    /**
     * How the entities of each kind are named, as SQL over their tables: id and name. People carry their extension,
     * "Ann Lee (ext 2001)". Kinds not listed keep their number.
     */
    private static final String PERSON = "u.first_name || ' ' || u.last_name || coalesce(' (ext ' || s.extension || ')', '')";
    private static final Map<String, String> NAMES = Map.of(
            "User", "select u.id, " + PERSON + " from app_user u left join station s on s.user_id = u.id where u.id in ",
            "MobilityUser", "select m.id, " + PERSON + " from mobility_user m join app_user u on u.id = m.user_id"
                    + " left join station s on s.user_id = u.id where m.id in ",
            "OfficeAnywhereUser", "select o.id, " + PERSON + " from oa_user o join app_user u on u.id = o.user_id"
                    + " left join station s on s.user_id = u.id where o.id in ",
            "Site", "select id, name from site where id in ",
            "Account", "select id, name from account where id in ",
            "MobilityRouter", "select id, name from mobility_router where id in ",
            "Portal", "select id, name from oa_portal where id in ",
            "ClientLicense", "select id, device_identity from client_license where id in ",
            "RulesProfile", "select id, name from rules_profile where id in ");

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    /** The entries the filter selects, newest first. */
    public List<AuditEntry> entries(AuditFilter filter, int first, int max) {
        return window(filter, first, Math.min(max, 200));
    }

    public long count(AuditFilter filter) {
        Where where = where(filter);
        return where.bind(em.createQuery("select count(e) from AuditEntry e" + where.jpql(), Long.class)).getSingleResult();
    }

    /** The entries the filter selects for an export, newest first, at most {@link #MAX_EXPORT}. */
    public List<AuditEntry> export(AuditFilter filter) {
        return window(filter, 0, MAX_EXPORT);
    }

    /** Who made changes in the filter's account (or carrier), for the "who" choice. */
    public List<String> principals(AuditFilter filter) {
        return distinct("e.principal", filter);
    }

    /** The kinds of entity changed in the filter's account (or carrier), for the "what" choice. */
    public List<String> kinds(AuditFilter filter) {
        return distinct("e.entityType", filter);
    }

    public List<String> actions(AuditFilter filter) {
        return distinct("e.action", filter);
    }

    /**
     * The names of the entities these entries are about, keyed "Kind:id" (see {@link #key}): one query for all of
     * them, whatever their kinds. An entity deleted since has no name here.
     */
    public Map<String, String> names(List<AuditEntry> entries) {
        Map<String, Set<Long>> ids = new LinkedHashMap<>();
        entries.stream().filter(e -> e.getEntityId() != null && NAMES.containsKey(e.getEntityType()))
                .forEach(e -> ids.computeIfAbsent(e.getEntityType(), k -> new TreeSet<>()).add(e.getEntityId()));
        Map<String, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        // ids are numbers read from the trail, written into the statement as such
        String sql = ids.entrySet().stream()
                .map(kind -> "select '" + kind.getKey() + "' as kind, n.* from (" + NAMES.get(kind.getKey())
                        + kind.getValue().stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")")) + ") n")
                .collect(Collectors.joining(" union all "));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        rows.forEach(row -> names.put(key((String) row[0], ((Number) row[1]).longValue()), (String) row[2]));
        return names;
    }

    public static String key(String kind, long id) {
        return kind + ":" + id;
    }

    private List<AuditEntry> window(AuditFilter filter, int first, int max) {
        Where where = where(filter);
        return where.bind(em.createQuery("select e from AuditEntry e" + where.jpql() + " order by e.occurredAt desc, e.id desc",
                        AuditEntry.class))
                .setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    private List<String> distinct(String field, AuditFilter filter) {
        Where where = where(AuditFilter.of(filter.accountId()));
        return where.bind(em.createQuery("select distinct " + field + " from AuditEntry e" + where.jpql() + " order by " + field,
                String.class)).getResultList();
    }

    /** One account's entries (support: any account of its carrier), or the whole carrier's for support only. */
    private Where where(AuditFilter filter) {
        Where where;
        if (filter.accountId() != null) {
            tenancy.requireAccount(filter.accountId());
            where = new Where("e.accountId = :account", "account", filter.accountId());
        } else if (tenancy.ownAccountId() == null) {
            where = new Where("e.carrierId = :carrier", "carrier", tenancy.carrierId());
        } else {
            throw new SecurityException("Only support reads the whole carrier's trail.");
        }
        if (Where.present(filter.who())) {
            where.and("e.principal = :who", "who", filter.who().trim());
        }
        if (Where.present(filter.kind())) {
            where.and("e.entityType = :kind", "kind", filter.kind());
        }
        if (Where.present(filter.action())) {
            where.and("e.action = :action", "action", filter.action());
        }
        if (filter.from() != null) {
            where.and("e.occurredAt >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            where.and("e.occurredAt < :to", "to", filter.to());
        }
        return where;
    }
}
