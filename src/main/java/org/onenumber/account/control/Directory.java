package org.onenumber.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.AccountError;
import org.onenumber.account.entity.MacAddress;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.account.entity.Station;
import org.onenumber.account.entity.User;
import org.onenumber.platform.control.ConflictException;

/**
 * The account-wide rules a single entity cannot check alone: a business number comes from the account's
 * inventory and is assigned once, a MAC address is one device, an email address is one user's (extensions: {@link DialPlan}). The unique constraints in the schema stand behind these checks under concurrency.
 */
@ApplicationScoped
public class Directory {

    @PersistenceContext
    EntityManager em;

    /** The inventory number behind the input, if it may go to {@code station}; null input means none. */
    public PhoneNumber businessNumber(Account account, String input, Station station) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String e164 = NumberFormat.toE164(input, "businessNumber");
        PhoneNumber number = em.createQuery("select n from PhoneNumber n where n.account = :account and n.e164 = :e164",
                        PhoneNumber.class)
                .setParameter("account", account).setParameter("e164", e164)
                .getResultStream().findFirst()
                .orElseThrow(() -> notInInventory(e164));
        boolean heldByThisStation = station != null && number == station.getPhoneNumber();
        if (number.getStatus() != PhoneNumber.Status.FREE && !heldByThisStation) {
            throw alreadyAssigned(e164);
        }
        return number;
    }

    /** The normalised MAC address, refused when another station's device has it. */
    public String deskPhoneMac(String input, Station station) {
        String mac = MacAddress.normalise(input, "deskPhone.macAddress");
        boolean taken = em.createQuery("select d.station.id from Device d where d.macAddress = :mac", Long.class)
                .setParameter("mac", mac)
                .getResultStream().anyMatch(id -> station == null || !id.equals(station.getId()));
        if (taken) {
            throw duplicateMac(mac);
        }
        return mac;
    }

    /**
     * The email address, trimmed, refused when another user of the account has it in any letter case: it is the
     * person's business email, where their emails go and the name they sign in to My Phone with (the portals
     * of this kind of product sign people in with it).
     */
    public String ownEmail(Account account, String input, User self) {
        String email = input.trim();
        // searchEmail is the lower-cased email, indexed with the account (lower(email) read every user of the account)
        User holder = em.createQuery("select u from User u where u.account = :account and u.searchEmail = :email"
                        + " order by u.id", User.class)
                .setParameter("account", account).setParameter("email", email.toLowerCase(java.util.Locale.ROOT))
                .getResultStream().filter(u -> self == null || !u.getId().equals(self.getId())).findFirst().orElse(null);
        if (holder != null) {
            throw duplicateEmail(email, holder.displayName());
        }
        return email;
    }

    // the refusals, also given by a bulk check that looks up a whole file's values at once (UserImportCheck)

    public static ConflictException notInInventory(String e164) {
        return new ConflictException(AccountError.NUMBER_NOT_AVAILABLE, "businessNumber",
                NumberFormat.display(e164) + " is not in this account's number inventory.");
    }

    public static ConflictException alreadyAssigned(String e164) {
        return new ConflictException(AccountError.NUMBER_NOT_AVAILABLE, "businessNumber",
                NumberFormat.display(e164) + " is already assigned.");
    }

    public static ConflictException duplicateMac(String mac) {
        return new ConflictException(AccountError.DUPLICATE_MAC, "deskPhone.macAddress",
                "A device with MAC address " + mac + " already exists.");
    }

    public static ConflictException duplicateEmail(String email, String holderName) {
        return new ConflictException(AccountError.DUPLICATE_EMAIL, "email",
                email + " is already the email address of " + holderName + "; each user has their own.");
    }
}
