package org.onenumber.mobility.boundary;

import org.onenumber.account.entity.User;

/** A user the share search found, and why a mobile client cannot be shared to them (null when it can). */
public record ShareCandidate(User user, String notOffered) {
}
