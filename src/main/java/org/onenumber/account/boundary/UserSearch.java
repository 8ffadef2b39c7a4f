package org.onenumber.account.boundary;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.onenumber.account.entity.Extension;
import org.onenumber.account.entity.MacAddress;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.account.entity.User;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.control.KeysetCursor;

/**
 * What a back office knows of the users it looks for, normalised as the stored values are (numbers in E.164, MAC
 * addresses as the desk phones store them, email and name in lower case), so that "(408) 555-0100" finds
 * "+14085550100". Every criterion given must match; without an account the search covers all the carrier's
 * accounts, so at least one criterion or the account is required: an empty search would walk the whole carrier.
 */
public record UserSearch(Long accountId, String number, String extension, String email, String macAddress,
                         String namePrefix, Sort sort, boolean descending) {

    /** The orders a search offers; ties go by id, so that every order is total and pages by keyset. */
    public enum Sort {
        NAME, EXTENSION, NUMBER, CREATED
    }

    /** One page of users found; total is null unless it was asked for. */
    public record Result(List<User> users, String nextCursor, Long total) {
    }

    public UserSearch {
        number = blankless(number) == null ? null : NumberFormat.toE164(number, "number");
        extension = blankless(extension) == null ? null : Extension.require(extension, "extension");
        email = lower(email);
        macAddress = blankless(macAddress) == null ? null : MacAddress.normalise(macAddress, "macAddress");
        namePrefix = lower(namePrefix);
        sort = sort == null ? Sort.NAME : sort;
        if (accountId == null && Stream.of(number, extension, email, macAddress, namePrefix).allMatch(c -> c == null)) {
            throw new InvalidInputException("accountId",
                    "Give an accountId or at least one of number, extension, email, macAddress and namePrefix.");
        }
    }

    /** The criteria and sort: a cursor of this search serves only a search with the same fingerprint. */
    public String fingerprint() {
        return KeysetCursor.fingerprint("users", accountId, number, extension, email, macAddress, namePrefix, sort,
                descending);
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String lower(String value) {
        String text = blankless(value);
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
