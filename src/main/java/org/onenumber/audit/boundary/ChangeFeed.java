package org.onenumber.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import org.onenumber.audit.control.FeedOrder;
import org.onenumber.audit.control.FeedSequencer;
import org.onenumber.audit.entity.ChangeEntry;
import org.onenumber.audit.entity.ChangeError;
import org.onenumber.audit.entity.FeedPosition;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.control.KeysetCursor;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.platform.control.PageRequest;
import org.onenumber.security.control.Tenancy;
import org.onenumber.security.entity.Role;

/**
 * The carrier's changes in the feed's order (see {@link FeedOrder}), after a cursor the client keeps: in the
 * database, so it serves across restarts and on every instance, for as long as the changes after it are kept
 * ({@link ChangePurge}).
 */
@Stateless
@RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class ChangeFeed {

    /** One page of changes and where to go on from; {@code more} when further changes are there already. */
    public record Changes(List<ChangeEntry> changes, String nextCursor, boolean more) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    FeedSequencer sequencer;

    /**
     * The changes of one account of the caller's carrier, or of all its accounts and its own records (null); an
     * account's admin reads their own account's only, with or without naming it. {@code startAtNow} (without a
     * cursor) answers no changes and a cursor after every change committed so far: the point a back office takes
     * before a full sync and follows the feed from.
     */
    public Changes after(Long requestedAccountId, String cursor, Integer pageSize, boolean startAtNow) {
        int size = PageRequest.size(pageSize);
        long carrierId = tenancy.carrierId();
        Long accountId = requestedAccountId == null ? tenancy.ownAccountId() : requestedAccountId;
        boolean cursorGiven = cursor != null && !cursor.isBlank();
        if (startAtNow && cursorGiven) {
            throw new InvalidInputException("startAtNow", "startAtNow starts a feed without a cursor; with a cursor the"
                    + " feed goes on from it: send one or the other.");
        }
        if (accountId != null) {
            try {
                tenancy.requireAccount(accountId);
            } catch (NotFoundException gone) {
                // a follower of an account the carrier deleted reads on with its cursor, to the deletion itself
                if (!cursorGiven || tenancy.ownAccountId() != null || !deletedOfCarrier(carrierId, accountId)) {
                    throw gone;
                }
            }
        }
        // the carrier and account are part of the cursor: another carrier's or account's cursor is refused
        String fingerprint = KeysetCursor.fingerprint("ListChanges", carrierId, accountId);
        FeedPosition after = FeedPosition.decode(cursor, fingerprint);
        long lastBatch = sequencer.number();
        if (startAtNow) {
            // every change committed by now is numbered in lastBatch or before; any other lands in a later batch
            return new Changes(List.of(), FeedPosition.endOf(lastBatch).encode(fingerprint), false);
        }
        if (FeedPosition.endOf(lastBatch).isBefore(after)) {
            // never returned by this feed (built by hand, or kept across a restore of an older database): read on from
            // it, a client would pass over every change until the feed got that far
            throw new InvalidInputException("cursor", "The cursor stands after the newest change this feed holds, so it is"
                    + " not one this feed returned: sync in full, then follow the feed from a cursor started without one.");
        }
        Query query = em.createNativeQuery(FeedOrder.page(accountId != null), ChangeEntry.class);
        int p = 1;
        query.setParameter(p++, carrierId);
        if (accountId != null) {
            query.setParameter(p++, accountId);
        }
        query.setParameter(p++, lastBatch).setParameter(p++, after.batch()).setParameter(p++, after.batch())
                .setParameter(p, after.id());
        @SuppressWarnings("unchecked")
        List<ChangeEntry> rows = query.setMaxResults(size + 1).getResultList();
        // read after the page: a purge that ran meanwhile shows here, and the page is then refused, not short
        Object[] purged = (Object[]) em.createNativeQuery(FeedOrder.PURGED).getSingleResult();
        FeedPosition purgedThrough = new FeedPosition(((Number) purged[0]).longValue(), ((Number) purged[1]).longValue());
        if (FeedOrder.expired(after, cursorGiven, purgedThrough)) {
            throw new BusinessException(ChangeError.CURSOR_EXPIRED, "cursor", "The cursor is older than the changes the"
                    + " feed keeps (7 days): sync in full, then follow the feed from a cursor started without one.");
        }
        boolean more = rows.size() > size;
        List<ChangeEntry> page = more ? rows.subList(0, size) : rows;
        FeedPosition next = FeedOrder.next(after, page.stream().map(ChangeEntry::position).toList(), more, lastBatch);
        return new Changes(List.copyOf(page), next.encode(fingerprint), more);
    }

    /** Whether the feed holds the deletion of this account of this carrier (kept as long as the cursors before it). */
    private boolean deletedOfCarrier(long carrierId, long accountId) {
        return !em.createNativeQuery(FeedOrder.ACCOUNT_DELETED).setParameter(1, carrierId).setParameter(2, accountId)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
