package org.onenumber.switching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import org.onenumber.switching.entity.SwitchTarget;

/**
 * Makes a target's version row, at version 0, in a transaction of its own that commits at once: two
 * transactions making the first change of one target (a station that never reached the switch, such as the
 * demo data's) then both find the row and queue on its lock, instead of one failing on the primary key.
 */
@ApplicationScoped
public class SwitchTargetRows {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(SwitchTarget target) {
        insert(em, target, 0);
    }

    /** The rows of targets made in the caller's transaction, at version 1, in one statement. */
    static void insertFirst(EntityManager em, List<SwitchTarget> targets) {
        if (targets.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into switch_target (target_key, target_kind, account_id, version) values ");
        for (int i = 0; i < targets.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?").append(3 * i + 1).append(", ?").append(3 * i + 2)
                    .append(", ?").append(3 * i + 3).append(", 1)");
        }
        Query insert = em.createNativeQuery(sql.toString());
        for (int i = 0; i < targets.size(); i++) {
            SwitchTarget target = targets.get(i);
            insert.setParameter(3 * i + 1, target.key()).setParameter(3 * i + 2, target.kind().name())
                    .setParameter(3 * i + 3, target.accountId());
        }
        insert.executeUpdate();
    }

    /** The row at {@code version}, in the caller's transaction. */
    static void insert(EntityManager em, SwitchTarget target, long version) {
        em.createNativeQuery("insert into switch_target (target_key, target_kind, account_id, version) values (?, ?, ?, ?)")
                .setParameter(1, target.key()).setParameter(2, target.kind().name()).setParameter(3, target.accountId())
                .setParameter(4, version).executeUpdate();
    }
}
