package org.onenumber.switching.control;

import org.onenumber.switchadapter.wire.AccountMobility;

/** An account's Mobility settings as the switch gets them; absent while the account has no Mobility add-on. */
public final class AccountMobilityDraft {

    private AccountMobility settings;

    public void settings(AccountMobility settings) {
        this.settings = settings;
    }

    public boolean present() {
        return settings != null;
    }

    public AccountMobility build() {
        return settings;
    }
}
