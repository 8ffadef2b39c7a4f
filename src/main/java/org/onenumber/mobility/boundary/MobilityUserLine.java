package org.onenumber.mobility.boundary;

import java.util.List;
import org.onenumber.mobility.entity.MobilityUser;

/** One line of the mobility users table: the user with the device identities of the clients shared to their station. */
public record MobilityUserLine(MobilityUser mobilityUser, List<String> clients) {
}
