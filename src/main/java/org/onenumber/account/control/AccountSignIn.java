package org.onenumber.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.onenumber.security.control.SecondFactorDirectory;

/**
 * Tells security, during a sign-in (before there is a caller to scope by), whether the login's account requires
 * an access code and the email address of the login's user.
 */
@ApplicationScoped
public class AccountSignIn implements SecondFactorDirectory {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean accessCodeRequired(long accountId) {
        return em.createQuery("select a.accessCodeRequired from Account a where a.id = :id", Boolean.class)
                .setParameter("id", accountId).getResultStream().findFirst().orElse(false);
    }

    @Override
    public Optional<String> emailOf(long userId) {
        return em.createQuery("select u.email from User u where u.id = :id", String.class)
                .setParameter("id", userId).getResultStream().findFirst()
                .map(String::trim).filter(email -> !email.isEmpty());
    }
}
