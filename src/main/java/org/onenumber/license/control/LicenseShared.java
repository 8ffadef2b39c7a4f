package org.onenumber.license.control;

import org.onenumber.account.entity.User;
import org.onenumber.license.entity.ClientLicense;

/** Fired in the transaction that shared {@code license} to the user's station (Mobility sends the welcome email). */
public record LicenseShared(User user, ClientLicense license) {
}
