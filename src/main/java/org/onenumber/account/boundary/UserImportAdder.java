package org.onenumber.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.onenumber.account.entity.UserDetails;
import org.onenumber.platform.boundary.OneTransaction;
import org.onenumber.security.entity.Role;

/**
 * Imported rows through Add user, in a transaction of their own: a chunk's rows together, which commits once for all;
 * and, when one of them is refused after all, each row alone, so that the refusal rolls back that row only.
 */
@Stateless
@RolesAllowed(Role.SYSTEM)
public class UserImportAdder {

    @Inject
    Users users;

    @Inject
    OneTransaction transaction;

    /** The new users' ids, in the order of the rows; nothing is added when one is refused. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public java.util.List<Long> addAll(long accountId, java.util.List<UserDetails> rows) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (UserDetails details : rows) {
            ids.add(users.add(accountId, details).getId());
            transaction.settle(); // the rows before are not looked through again at each row's queries
        }
        return ids;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long add(long accountId, UserDetails details) {
        return users.add(accountId, details).getId();
    }
}
