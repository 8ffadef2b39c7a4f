package org.onenumber.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs several boundary calls in one container transaction, kept or rolled back as a whole: for a channel that
 * promises all or nothing (a carrier's ALL_OR_NOTHING batch document), and for one carrier change and its answer.
 * The calls inside check their caller's permissions themselves; this bean only draws the transaction around them.
 */
@Stateless
@PermitAll
public class OneTransaction {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    /**
     * Runs {@code work} in one transaction: the caller's, or one of its own that is kept when {@code work} returns and
     * rolled back when it throws (or when a call inside doomed it, which then throws here). A change and the reading
     * of its answer (an enablement, then the clients and status its response shows) then cost one transaction instead
     * of one each.
     */
    public <T> T run(Supplier<T> work) {
        T result = work.get();
        if (context.getRollbackOnly()) { // doomed by a call inside that the work caught: never answered as done
            throw new IllegalStateException("The transaction was marked for rollback although the work returned.");
        }
        return result;
    }

    /**
     * Runs {@code work}; when {@code keep} refuses its result, everything it wrote is rolled back and the result
     * returned. Empty when a call inside doomed the transaction although every step answered (a system exception
     * the caller caught): it is rolled back too, and the caller must not report it as done.
     */
    public <T> Optional<T> run(Supplier<T> work, Predicate<T> keep) {
        T result = work.get();
        if (!keep.test(result)) {
            context.setRollbackOnly();
            return Optional.of(result);
        }
        return context.getRollbackOnly() ? Optional.empty() : Optional.of(result);
    }

    /**
     * Writes what the transaction's calls changed so far and lets go of every record they read or wrote, between two
     * independent steps of one long transaction (a batch document's commands, an import's rows). The persistence
     * provider looks for changes in every record it holds before each query, so a document of a hundred Add users
     * that kept them all did a hundred times the work of one near its end; a step after this reads what it needs
     * again (by key, in this transaction: it sees what the steps before wrote). Nothing is lost: what was written
     * stays in the transaction, kept or rolled back with it.
     */
    public void settle() {
        if (context.getRollbackOnly()) { // never kept: what its caller sees of it is left as it is
            return;
        }
        em.flush();
        em.clear();
    }
}
