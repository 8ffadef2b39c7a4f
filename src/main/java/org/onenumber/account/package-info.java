/**
 * The tenancy model: a carrier sells to accounts; an account has sites, users, each user a station
 * (business number and extension) with its desk phone, and an inventory of phone numbers. Every query
 * here is scoped to the caller's carrier or account through {@code Tenancy}.
 */
package org.onenumber.account;
