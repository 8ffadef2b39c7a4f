package org.onenumber.reconcile.entity;

/**
 * What a run covers: one account, one carrier's accounts, or everything on the switch (only the system's nightly
 * run: items the switch cannot place in an account belong to no carrier).
 */
public record Scope(Kind kind, Long carrierId, Long accountId) {

    public enum Kind { ACCOUNT, CARRIER, EVERYTHING }

    public static Scope account(long carrierId, long accountId) {
        return new Scope(Kind.ACCOUNT, carrierId, accountId);
    }

    public static Scope carrier(long carrierId) {
        return new Scope(Kind.CARRIER, carrierId, null);
    }

    public static Scope everything() {
        return new Scope(Kind.EVERYTHING, null, null);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ACCOUNT -> "account " + accountId;
            case CARRIER -> "carrier " + carrierId;
            case EVERYTHING -> "everything";
        };
    }
}
