package org.onenumber.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
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
}
