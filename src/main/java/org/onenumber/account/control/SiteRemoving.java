package org.onenumber.account.control;

import org.onenumber.account.entity.Site;

/**
 * Fired synchronously before a site is deleted, inside that transaction: a capability that still serves the site
 * (Office Anywhere's portals) refuses by throwing, naming what to delete first.
 */
public record SiteRemoving(Site site) {
}
