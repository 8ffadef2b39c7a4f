package org.onenumber.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.onenumber.account.entity.UserDetails;
import org.onenumber.security.entity.Role;

/** One imported row through Add user, in a transaction of its own: a refusal rolls back that row alone. */
@Stateless
@RolesAllowed(Role.SYSTEM)
public class UserImportAdder {

    @Inject
    Users users;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long add(long accountId, UserDetails details) {
        return users.add(accountId, details).getId();
    }
}
