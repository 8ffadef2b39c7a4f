package org.onenumber.mobility.boundary;

import java.util.List;
import org.onenumber.account.entity.User;
import org.onenumber.mobility.entity.MobilityUser;

/**
 * One line of the mobility users table: a user who holds a shared client or has Mobility ({@code mobilityUser} null
 * when they only hold a client), the device identities shared to their station, and what remains to do.
 */
public record MobilityUserLine(User user, MobilityUser mobilityUser, List<String> clients, List<String> remaining) {
}
