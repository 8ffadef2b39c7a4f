package org.onenumber.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.AccountError;
import org.onenumber.account.entity.DialPlanEntry;
import org.onenumber.account.entity.Extension;
import org.onenumber.account.entity.User;
import org.onenumber.platform.control.ConflictException;

/**
 * One dial plan per account: stations, mobility users and (next) portals and custom devices claim their
 * extensions here, one format, one table unique per account, and a refusal names the holder. Check with
 * {@link #requireFree} before changing anything; {@link #claim} after, in the same transaction: it flushes, so
 * a second claim in the same batch sees the first, and a unique constraint that stops a concurrent one (this
 * table's, or the holder's own, flushed by the same statement batch) is answered as DUPLICATE_EXTENSION.
 * Its own lookups never flush, so nothing the caller persisted is written before that point.
 */
@ApplicationScoped
public class DialPlan {

    /** Who holds an extension. {@code userId} names the person in messages; {@code label} says what of theirs. */
    public record Holder(String kind, long id, Long userId, String label) {

        public static Holder station(User user) {
            return new Holder("STATION", user.getStation().getId(), user.getId(), "station");
        }

        /** An Office Anywhere portal: its extension is the portal's, not a person's. */
        public static Holder portal(long portalId, String name) {
            return new Holder("PORTAL", portalId, null, "Office Anywhere portal " + name);
        }

        public static Holder mobilityUser(User user) {
            return new Holder("MOBILITY_USER", user.getId(), user.getId(), "mobility extension");
        }
    }

    @PersistenceContext
    EntityManager em;

    /** The extension in its one format, free in the account (for a holder that does not exist yet). */
    public String requireFree(Account account, String input, String field) {
        return requireFree(account, input, field, null);
    }

    /** The extension in its one format, free in the account or already the holder's own. */
    public String requireFree(Account account, String input, String field, Holder holder) {
        String extension = Extension.require(input, field);
        DialPlanEntry taken = entry(account, extension);
        if (taken != null && (holder == null || !taken.heldBy(holder.kind(), holder.id()))) {
            throw new ConflictException(AccountError.DUPLICATE_EXTENSION, field, taken.usedBy(userName(taken.getUserId())));
        }
        return extension;
    }

    /** Gives the holder {@code extension}, in place of the one it had. */
    public void claim(Account account, String extension, String field, Holder holder) {
        claimChecked(account, requireFree(account, extension, field, holder), field, holder);
    }

    /** As {@link #claim}, for an extension that {@link #requireFree} has just returned to the caller for this holder. */
    public void claimChecked(Account account, String checked, String field, Holder holder) {
        DialPlanEntry own = em.createQuery("select e from DialPlanEntry e where e.holderKind = :kind and e.holderId = :id",
                        DialPlanEntry.class)
                .setParameter("kind", holder.kind()).setParameter("id", holder.id())
                .setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst().orElse(null);
        if (own != null && own.getExtension().equals(checked)) {
            return; // the holder keeps its extension
        }
        if (own == null) {
            em.persist(new DialPlanEntry(account, checked, holder.kind(), holder.id(), holder.userId(), holder.label()));
        } else {
            own.moveTo(checked);
        }
        written(checked, field);
    }

    /**
     * Gives a station made in this transaction (its id new from the sequence, so it holds no extension yet) the
     * extension that {@link #requireFree} has just returned to the caller, without reading again what the caller has
     * just read: two queries of every user added. The unique key still refuses one taken since.
     */
    public void claimNew(Account account, String checkedExtension, String field, Holder holder) {
        em.persist(new DialPlanEntry(account, checkedExtension, holder.kind(), holder.id(), holder.userId(),
                holder.label()));
        written(checkedExtension, field);
    }

    private void written(String checked, String field) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!isUniqueViolation(e)) {
                throw e; // another failure (a stale version, say) is not the dial plan's to name
            }
            throw new ConflictException(AccountError.DUPLICATE_EXTENSION, field, "Extension " + checked
                    + " was taken a moment ago in this account; choose another.");
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // 23505: a unique constraint, on H2 and PostgreSQL alike
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The holder is gone: its extension is free again. */
    public void release(Holder holder) {
        em.createQuery("delete from DialPlanEntry e where e.holderKind = :kind and e.holderId = :id")
                .setParameter("kind", holder.kind()).setParameter("id", holder.id()).executeUpdate();
    }

    private DialPlanEntry entry(Account account, String extension) {
        return em.createQuery("select e from DialPlanEntry e where e.account = :account and e.extension = :extension",
                        DialPlanEntry.class)
                .setParameter("account", account).setParameter("extension", extension)
                .setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst().orElse(null);
    }

    private String userName(Long userId) {
        if (userId == null) {
            return null;
        }
        return em.createQuery("select concat(concat(u.firstName, ' '), u.lastName) from User u where u.id = :id", String.class)
                .setParameter("id", userId).setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst().orElse(null);
    }
}
