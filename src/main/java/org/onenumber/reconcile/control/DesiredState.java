package org.onenumber.reconcile.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import org.onenumber.platform.control.SqlDialect;
import org.onenumber.reconcile.entity.ItemKind;
import org.onenumber.reconcile.entity.Scope;

/**
 * The database's desired state, one key-ordered page at a time after a key (keyset paging, so a run holds one
 * page whatever the number of items), in the switch's key order: the key is built in SQL as the switch spells it
 * and compared in binary order ({@code collate "C"} on PostgreSQL, whose default collation may sort otherwise; H2
 * compares strings as Java does); on PostgreSQL each key expression has its index in that order (migration V19,
 * whose expressions must stay the ones built here), so a page is read from the index, never sorted. Read with
 * plain SQL over the tables of account, license, mobility and Office Anywhere: a read model of what their
 * contributors put on the switch, without loading an entity.
 */
@ApplicationScoped
public class DesiredState {

    private static final String PENDING = "case when exists (select 1 from switch_command c where c.target_key = %s"
            + " and c.status = 'PENDING') then 1 else 0 end";

    @PersistenceContext
    EntityManager em;

    @Inject
    SqlDialect dialect;

    /** Up to {@code max} items of a kind after {@code afterKey} (null: from the start), in key order. */
    public List<Desired> page(ItemKind item, Scope scope, String afterKey, int max) {
        Shape shape = shape(item);
        String key = binary(shape.key());
        Query query = em.createNativeQuery(select(shape) + " where " + key + " > ?" + shape.filter() + scopeFilter(scope)
                        + " order by " + key
                        // in the SQL, not as the statement's maximum: PostgreSQL plans for the page, from the key's index
                        + " fetch first " + max + " rows only")
                .setParameter(1, afterKey == null ? "" : afterKey);
        bindScope(query, scope, 2);
        return desired(query.getResultList());
    }

    /**
     * The item of that kind and key as the database holds it now, whatever the scope (mobility settings not read);
     * empty when it holds none.
     */
    public Optional<Desired> now(ItemKind item, String itemKey) {
        Shape shape = shape(item);
        if (itemKey == null || !itemKey.startsWith(shape.lookupPrefix())) {
            return Optional.empty();
        }
        Object value = itemKey.substring(shape.lookupPrefix().length());
        if (shape.numeric()) {
            try {
                value = Long.valueOf((String) value);
            } catch (NumberFormatException e) {
                return Optional.empty(); // a key of the switch's the database never made
            }
        }
        // by the row's own column, from its index, not by the key's expression
        return desired(em.createNativeQuery(select(shape) + " where " + shape.lookupColumn() + " = ?" + shape.filter())
                .setParameter(1, value).getResultList()).stream().findFirst();
    }

    private static String select(Shape shape) {
        return "select " + shape.key() + ", a.carrier_id, a.id, " + shape.owner() + ", coalesce(t.version, 0), "
                + PENDING.formatted(shape.pendingFor()) + " from " + shape.from()
                + " join account a on a.id = " + shape.accountColumn()
                + " left join switch_target t on t.target_key = " + shape.targetKey();
    }

    private static List<Desired> desired(List<?> rows) {
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new Desired((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), (String) r[3],
                    ((Number) r[4]).longValue(), ((Number) r[5]).intValue() == 1, null);
        }).toList();
    }

    /** How many items of every kind the scope holds: a run's progress is measured against it. */
    public long count(Scope scope) {
        long total = 0;
        for (ItemKind item : ItemKind.values()) {
            Shape shape = shape(item);
            Query query = em.createNativeQuery("select count(*) from " + shape.from() + " join account a on a.id = "
                    + shape.accountColumn() + " where 1 = 1" + shape.filter() + scopeFilter(scope));
            bindScope(query, scope, 1);
            total += ((Number) query.getSingleResult()).longValue();
        }
        return total;
    }

    /** True when a command for the target is waiting to be sent. */
    public boolean pending(String targetKey) {
        return !em.createNativeQuery("select 1 from switch_command where target_key = ? and status = 'PENDING'")
                .setParameter(1, targetKey).setMaxResults(1).getResultList().isEmpty();
    }

    /** The carrier an account belongs to; empty for an account the database does not have. */
    public Optional<Long> carrierOf(long accountId) {
        List<?> rows = em.createNativeQuery("select carrier_id from account where id = ?").setParameter(1, accountId)
                .getResultList();
        return rows.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** The ids of a carrier's accounts: which of the switch's items a carrier's run covers. */
    public List<Long> accountsOf(long carrierId) {
        List<?> rows = em.createNativeQuery("select id from account where carrier_id = ?").setParameter(1, carrierId)
                .getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The account a switch target was last projected for, when the database still remembers the target. */
    public Optional<Long> accountOfTarget(String targetKey) {
        List<?> rows = em.createNativeQuery("select account_id from switch_target where target_key = ?")
                .setParameter(1, targetKey).getResultList();
        return rows.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** How an item kind is read; {@code lookupColumn} holds what follows {@code lookupPrefix} in its key. */
    private record Shape(String key, String owner, String from, String accountColumn, String targetKey,
                         String pendingFor, String filter, String lookupColumn, String lookupPrefix, boolean numeric) {
    }

    private static Shape shape(ItemKind item) {
        return switch (item) {
            case ACCOUNT_MOBILITY -> {
                String key = "('account-' || cast(m.account_id as varchar(20)))";
                yield new Shape(key, "cast(null as varchar(100))", "mobility_service m", "m.account_id", key, key, "",
                        "m.account_id", "account-", true);
            }
            case PORTAL -> {
                String key = "('portal-' || cast(p.id as varchar(20)))";
                yield new Shape(key, "cast(null as varchar(100))", "oa_portal p", "p.account_id", key, key, "", "p.id",
                        "portal-", true);
            }
            case SUBSCRIBER -> {
                String key = "('station-' || cast(s.id as varchar(20)))";
                yield new Shape(key, "cast(null as varchar(100))", "station s", "s.account_id", key, key, "", "s.id",
                        "station-", true);
            }
            case MOBILE_CLIENT -> {
                String owner = "('station-' || cast(l.station_id as varchar(20)))";
                yield new Shape("('MOBILE_CLIENT:' || l.device_identity)", owner, "client_license l", "l.account_id",
                        owner, owner, " and l.status = 'SHARED' and l.station_id is not null", "l.device_identity",
                        "MOBILE_CLIENT:", false);
            }
        };
    }

    private String binary(String expression) {
        return dialect.postgres() ? expression + " collate \"C\"" : expression;
    }

    private static String scopeFilter(Scope scope) {
        return switch (scope.kind()) {
            case ACCOUNT -> " and a.id = ?";
            case CARRIER -> " and a.carrier_id = ?";
            case EVERYTHING -> "";
        };
    }

    private static void bindScope(Query query, Scope scope, int position) {
        switch (scope.kind()) {
            case ACCOUNT -> query.setParameter(position, scope.accountId());
            case CARRIER -> query.setParameter(position, scope.carrierId());
            case EVERYTHING -> {
            }
        }
    }
}
