package org.onenumber.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.MacAddress;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.account.entity.Station;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.ErrorCode;

/**
 * The account-wide rules a single entity cannot check alone: an extension is unique in the account,
 * a business number comes from the account's inventory and is assigned once, a MAC address is one
 * device. The unique constraints in the schema stand behind these checks under concurrency.
 */
@ApplicationScoped
public class Directory {

    @PersistenceContext
    EntityManager em;

    /** A station's extension: free among the account's stations and its users' mobility extensions. */
    public void requireFreeExtension(Account account, String extension, Station except) {
        requireFreeExtension(account, extension, "extension", except, null);
    }

    /**
     * Extensions and mobility extensions share one dial plan per account, so each must be free in both.
     *
     * @param exceptStation      the station whose own extension may be kept
     * @param exceptMobilityUser the user whose own mobility extension may be kept
     */
    public void requireFreeExtension(Account account, String extension, String field, Station exceptStation,
                                     Long exceptMobilityUser) {
        boolean station = em.createQuery("select s.id from Station s where s.account = :account and s.extension = :extension",
                        Long.class)
                .setParameter("account", account).setParameter("extension", extension)
                .getResultStream().anyMatch(id -> exceptStation == null || !id.equals(exceptStation.getId()));
        boolean mobility = em.createQuery("select m.user.id from MobilityUser m where m.account = :account"
                        + " and m.mobilityExtension = :extension", Long.class)
                .setParameter("account", account).setParameter("extension", extension)
                .getResultStream().anyMatch(userId -> !userId.equals(exceptMobilityUser));
        if (station || mobility) {
            throw new ConflictException(ErrorCode.DUPLICATE_EXTENSION, field,
                    "Extension " + extension + " is already used in this account"
                            + (mobility ? " as a mobility extension." : "."));
        }
    }

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
                .orElseThrow(() -> new ConflictException(ErrorCode.NUMBER_NOT_AVAILABLE, "businessNumber",
                        NumberFormat.display(e164) + " is not in this account's number inventory."));
        boolean heldByThisStation = station != null && number == station.getPhoneNumber();
        if (number.getStatus() != PhoneNumber.Status.FREE && !heldByThisStation) {
            throw new ConflictException(ErrorCode.NUMBER_NOT_AVAILABLE, "businessNumber",
                    NumberFormat.display(e164) + " is already assigned.");
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
            throw new ConflictException(ErrorCode.DUPLICATE_MAC, "deskPhone.macAddress",
                    "A device with MAC address " + mac + " already exists.");
        }
        return mac;
    }
}
