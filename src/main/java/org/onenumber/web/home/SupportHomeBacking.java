package org.onenumber.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onenumber.mobility.boundary.Mobility;
import org.onenumber.mobility.boundary.PendingActivation;
import org.onenumber.mobility.entity.MobilityStatus;
import org.onenumber.switching.boundary.OpenCommands;
import org.onenumber.switching.boundary.SwitchSync;

/** admin/support/home.xhtml: the carrier at a glance, where support lands. */
@Named
@RequestScoped
public class SupportHomeBacking {

    static final int PENDING_SHOWN = 10;
    static final String BAR_COLOUR = "#1d4ed8";

    @Inject
    Mobility mobility;

    @Inject
    SwitchSync sync;

    private List<AccountsInState> accounts;
    private OpenCommands commands;
    private List<PendingActivation> pending;

    /** A row of the accounts-by-add-on-state table. */
    public record AccountsInState(MobilityStatus status, long accounts) {

        public String title() {
            return status.title();
        }
    }

    @PostConstruct
    void load() {
        Map<MobilityStatus, Long> byStatus = mobility.accountsByStatus();
        accounts = byStatus.entrySet().stream().map(e -> new AccountsInState(e.getKey(), e.getValue())).toList();
        commands = sync.openCountsOfCarrier();
        pending = mobility.pendingActivations(PENDING_SHOWN);
    }

    public List<AccountsInState> getAccounts() {
        return accounts;
    }

    public long getTotalAccounts() {
        return accounts.stream().mapToLong(AccountsInState::accounts).sum();
    }

    public long getPendingCount() {
        return accounts.stream().filter(a -> a.status() == MobilityStatus.PENDING_ACTIVATION).mapToLong(AccountsInState::accounts)
                .sum();
    }

    public String getAccountsChart() {
        return ChartJson.bar(accounts.stream().map(AccountsInState::title).toList(),
                new ChartJson.Series("Accounts", BAR_COLOUR, accounts.stream().map(AccountsInState::accounts).toList()));
    }

    public String getAccountsSummary() {
        return "The carrier's " + getTotalAccounts() + " accounts by Mobility add-on state: "
                + accounts.stream().map(a -> a.title() + " " + a.accounts()).collect(Collectors.joining(", ")) + ".";
    }

    public OpenCommands getCommands() {
        return commands;
    }

    public List<PendingActivation> getPending() {
        return pending;
    }

    public String minute(Instant at) {
        return RecentChange.minute(at);
    }
}
