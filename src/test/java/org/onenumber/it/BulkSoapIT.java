package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onenumber.testsupport.SoapFaults.fault;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.client.*;
import org.onenumber.testsupport.BulkClient;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.SwitchConsole;
import org.onenumber.testsupport.TestAccounts;

/**
 * Batch documents as a carrier's back office sends them (BulkPort, through CXF): several writes in one request,
 * ALL_OR_NOTHING or EACH, each command answered as its own operation would answer it. What a batch did is read back
 * through the ordinary operations, not taken from its answer.
 */
@ExtendWith(SharedServer.class)
class BulkSoapIT {

    private final URL base;
    private final PayaraMicro server;
    private ProvisioningClient acme;
    private BulkClient bulk;

    BulkSoapIT(PayaraMicro server) {
        this.base = server.url();
        this.server = server;
    }

    @BeforeEach
    void clients() {
        acme = ProvisioningClient.acme(base);
        bulk = BulkClient.acme(base);
    }

    private static BatchCommand addUser(TestAccounts.Made account, String first, String extension, String number) {
        AddUser add = new AddUser();
        add.setAccountId(account.accountId());
        add.setSiteId(account.siteId());
        add.setFirstName(first);
        add.setLastName("Bulk");
        add.setEmail(first.toLowerCase() + "." + account.accountId() + "@bulk.example.com");
        add.setExtension(extension);
        add.setBusinessNumber(number);
        add.setProfileType(ProfileType.PREMIER);
        BatchCommand command = new BatchCommand();
        command.setAddUser(add);
        return command;
    }

    private static ExecuteBatch batch(BatchMode mode, List<BatchCommand> commands) {
        ExecuteBatch batch = new ExecuteBatch();
        batch.setMode(mode);
        batch.getCommand().addAll(commands);
        return batch;
    }

    /** Five users, the third with the first one's extension. */
    private static List<BatchCommand> fiveWithAClash(TestAccounts.Made account) {
        List<BatchCommand> commands = new ArrayList<>();
        commands.add(addUser(account, "Ann", "2101", account.numbers().get(0)));
        commands.add(addUser(account, "Ben", "2102", account.numbers().get(1)));
        commands.add(addUser(account, "Cid", "2101", account.numbers().get(2)));
        commands.add(addUser(account, "Dot", "2104", account.numbers().get(3)));
        commands.add(addUser(account, "Eve", "2105", null));
        return commands;
    }

    private List<String> usersOf(long accountId) throws OneNumberFault {
        ListUsers list = new ListUsers();
        list.setAccountId(accountId);
        return acme.port().listUsers(list).getUser().stream().map(User::getFirstName).sorted().toList();
    }

    private List<String> assignedNumbers(long accountId) throws OneNumberFault {
        ListPhoneNumbers list = new ListPhoneNumbers();
        list.setAccountId(accountId);
        list.setStatus(NumberStatus.ASSIGNED);
        return acme.port().listPhoneNumbers(list).getPhoneNumber().stream().map(PhoneNumber::getNumber).toList();
    }

    @Test
    void allOrNothingWithAFailingCommandInTheMiddleLeavesNothingAndNamesTheCommand() throws Exception {
        TestAccounts.Made account = TestAccounts.create(acme.port(), "Bulk all " + UUID.randomUUID(), 4);
        OneNumberFaultDetail refused = fault(() -> bulk.port().executeBatch(batch(BatchMode.ALL_OR_NOTHING,
                fiveWithAClash(account))));
        assertEquals("DUPLICATE_EXTENSION", refused.getCode(), refused.getSummary());
        assertEquals("command[3]/extension", refused.getField());
        assertTrue(refused.getSummary().startsWith("Command 3 (AddUser): "), refused.getSummary());
        assertNotNull(refused.getTrackingId());
        assertEquals(List.of(), usersOf(account.accountId()), "the first two users were rolled back with the third");
        assertEquals(List.of(), assignedNumbers(account.accountId()), "their numbers are free again");

        // corrected, the same document goes through whole
        List<BatchCommand> corrected = fiveWithAClash(account);
        corrected.get(2).getAddUser().setExtension("2103");
        ExecuteBatchResponse done = bulk.port().executeBatch(batch(BatchMode.ALL_OR_NOTHING, corrected));
        assertEquals(5, done.getSucceeded());
        assertEquals(0, done.getFailed());
        assertEquals(List.of("Ann", "Ben", "Cid", "Dot", "Eve"), usersOf(account.accountId()));
        for (int i = 0; i < 5; i++) {
            BatchResult result = done.getResult().get(i);
            assertEquals(i + 1, result.getIndex());
            assertEquals(BatchCommandStatus.OK, result.getStatus());
            assertEquals(corrected.get(i).getAddUser().getFirstName(), result.getAddUserResponse().getUser().getFirstName());
        }
        assertEquals(4, assignedNumbers(account.accountId()).size());
    }

    @Test
    void eachKeepsTheOthersAndReportsTheFailureInPlace() throws Exception {
        TestAccounts.Made account = TestAccounts.create(acme.port(), "Bulk each " + UUID.randomUUID(), 4);
        List<BatchCommand> commands = fiveWithAClash(account);
        for (int i = 0; i < commands.size(); i++) {
            commands.get(i).setIdempotencyKey("bulk-each-" + account.accountId() + "-" + i);
        }
        ExecuteBatchResponse answer = bulk.port().executeBatch(batch(BatchMode.EACH, commands));
        assertEquals(4, answer.getSucceeded());
        assertEquals(1, answer.getFailed());
        assertEquals(5, answer.getResult().size());
        BatchResult third = answer.getResult().get(2);
        assertEquals(3, third.getIndex());
        assertEquals(BatchCommandStatus.FAILED, third.getStatus());
        assertNull(third.getAddUserResponse());
        assertEquals("DUPLICATE_EXTENSION", third.getOneNumberFaultDetail().getCode());
        assertEquals("extension", third.getOneNumberFaultDetail().getField());
        for (int i : new int[] {0, 1, 3, 4}) {
            BatchResult ok = answer.getResult().get(i);
            assertEquals(BatchCommandStatus.OK, ok.getStatus(), "command " + (i + 1));
            assertNull(ok.getOneNumberFaultDetail());
            assertFalse(ok.isReplayed());
        }
        assertEquals(List.of("Ann", "Ben", "Dot", "Eve"), usersOf(account.accountId()));
        assertEquals(3, assignedNumbers(account.accountId()).size(), "Cid's number stayed free");

        // the same document again, as a client does after a lost answer: the done commands are answered from their
        // first run, nothing is made twice; the one that failed runs again and fails again
        ExecuteBatchResponse again = bulk.port().executeBatch(batch(BatchMode.EACH, commands));
        assertEquals(4, again.getSucceeded());
        assertTrue(again.getResult().get(0).isReplayed());
        assertEquals(answer.getResult().get(0).getAddUserResponse().getUser().getUserId(),
                again.getResult().get(0).getAddUserResponse().getUser().getUserId());
        assertEquals(BatchCommandStatus.FAILED, again.getResult().get(2).getStatus());
        assertEquals(List.of("Ann", "Ben", "Dot", "Eve"), usersOf(account.accountId()));
    }

    @Test
    void commandsOfEveryPortRunInOneDocument() throws Exception {
        TestAccounts.Made account = TestAccounts.create(acme.port(), "Bulk ports " + UUID.randomUUID(), 0);
        AddSite site = new AddSite();
        site.setAccountId(account.accountId());
        site.setName("Branch");
        site.setCountry("US");
        BatchCommand addSite = new BatchCommand();
        addSite.setAddSite(site);
        ActivateMobility activate = new ActivateMobility();
        activate.setAccountId(account.accountId());
        activate.setPurchaseConfirmed(true);
        BatchCommand activateMobility = new BatchCommand();
        activateMobility.setActivateMobility(activate);
        ExecuteBatchResponse answer = bulk.port().executeBatch(batch(BatchMode.EACH,
                List.of(addSite, activateMobility)));
        assertEquals(2, answer.getSucceeded(), () -> String.valueOf(answer.getResult().stream()
                .map(r -> r.getOneNumberFaultDetail() == null ? "OK" : r.getOneNumberFaultDetail().getSummary()).toList()));
        assertEquals("Branch", answer.getResult().get(0).getAddSiteResponse().getSite().getName());

        ListSites sites = new ListSites();
        sites.setAccountId(account.accountId());
        assertEquals(List.of("Branch", "HQ"), acme.port().listSites(sites).getSite().stream().map(Site::getName).sorted()
                .toList());
        GetMobilitySettings mobility = new GetMobilitySettings();
        mobility.setAccountId(account.accountId());
        assertEquals(answer.getResult().get(1).getActivateMobilityResponse().getMobility().getStatus(),
                MobilityClient.acme(base).port().getMobilitySettings(mobility).getMobility().getStatus());
    }

    /**
     * The commands of an ALL_OR_NOTHING document run in one transaction, and the records one of them read or wrote are
     * let go before the next (OneTransaction.settle): a later command reads them again and sees what the earlier ones
     * wrote (the site's version after the first rename, the name after the second), and a version that was current
     * before the document is stale in its second command, which rolls back the first.
     */
    @Test
    void aLaterCommandOfOneDocumentSeesWhatTheEarlierOnesWrote() throws Exception {
        TestAccounts.Made account = TestAccounts.create(acme.port(), "Bulk chain " + UUID.randomUUID(), 1);
        long before = site(account).getVersion();
        ExecuteBatchResponse done = bulk.port().executeBatch(batch(BatchMode.ALL_OR_NOTHING, List.of(
                rename(account, "First", before), rename(account, "Second", before + 1),
                addUser(account, "Ann", "2201", account.numbers().get(0)))));
        assertEquals(3, done.getSucceeded(), () -> String.valueOf(done.getResult().stream()
                .map(r -> r.getOneNumberFaultDetail() == null ? "OK" : r.getOneNumberFaultDetail().getSummary()).toList()));
        assertEquals("Second", done.getResult().get(1).getModifySiteResponse().getSite().getName());
        assertEquals(before + 2, site(account).getVersion());
        assertEquals("Second", site(account).getName());
        assertEquals(List.of("Ann"), usersOf(account.accountId()));

        long now = before + 2;
        OneNumberFaultDetail refused = fault(() -> bulk.port().executeBatch(batch(BatchMode.ALL_OR_NOTHING, List.of(
                rename(account, "Third", now), rename(account, "Fourth", now)))));
        assertEquals("STALE_VERSION", refused.getCode(), refused.getSummary());
        assertTrue(refused.getSummary().startsWith("Command 2 (ModifySite): "), refused.getSummary());
        assertEquals("Second", site(account).getName(), "the first rename was rolled back with the second");
        assertEquals(now, site(account).getVersion());
    }

    /**
     * The switch states of a document's stations are written once, at its end: three changes of one user's station in
     * one document are one command, one version above the state before, carrying the last of them, and that is what
     * the switch holds; a user the same document adds reaches the switch at version 1. Each change used to write a
     * command of its own (the desired version three above), the switch getting the first two only to have them
     * replaced. So too in an EACH document whose commands all answer OK, which is kept as one transaction (before, its
     * commands were committed one by one, and Ann's desired version went to 4).
     */
    @ParameterizedTest
    @EnumSource(BatchMode.class)
    void aDocumentsChangesOfOneStationReachTheSwitchAsOneStateAtItsEnd(BatchMode mode) throws Exception {
        TestAccounts.Made account = TestAccounts.create(acme.port(), "Bulk switch " + UUID.randomUUID(), 2);
        ExecuteBatchResponse added = bulk.port().executeBatch(batch(BatchMode.ALL_OR_NOTHING,
                List.of(addUser(account, "Ann", "2301", account.numbers().get(0)))));
        long ann = added.getResult().get(0).getAddUserResponse().getUser().getUserId();
        assertEquals(1, awaitInSync(ann).getDesiredVersion());

        ExecuteBatchResponse changed = bulk.port().executeBatch(batch(mode, List.of(
                modifyUser(ann, m -> m.setFirstName("Anna")), modifyUser(ann, m -> m.setExtension("2302")),
                addUser(account, "Ben", "2303", account.numbers().get(1)), modifyUser(ann, m -> m.setLastName("Lee")))));
        assertEquals(4, changed.getSucceeded());
        long ben = changed.getResult().get(2).getAddUserResponse().getUser().getUserId();

        GetSyncStatusResponse annSynced = awaitInSync(ann);
        assertEquals(2, annSynced.getDesiredVersion(), "one command for the document's three changes of Ann's station");
        String annOnSwitch = SwitchConsole.admin(server.adminPort(), "subscriber " + annSynced.getSubscriber());
        assertTrue(annOnSwitch.startsWith("OK version=2 ") && annOnSwitch.endsWith(" extension=2302 name=Anna Lee"),
                annOnSwitch);
        GetSyncStatusResponse benSynced = awaitInSync(ben);
        assertEquals(1, benSynced.getDesiredVersion());
        String benOnSwitch = SwitchConsole.admin(server.adminPort(), "subscriber " + benSynced.getSubscriber());
        assertTrue(benOnSwitch.startsWith("OK version=1 ") && benOnSwitch.endsWith(" extension=2303 name=Ben Bulk"),
                benOnSwitch);
    }

    private static BatchCommand modifyUser(long userId, java.util.function.Consumer<ModifyUser> change) {
        ModifyUser modify = new ModifyUser();
        modify.setUserId(userId);
        change.accept(modify);
        BatchCommand command = new BatchCommand();
        command.setModifyUser(modify);
        return command;
    }

    /** The user's sync status once it says IN_SYNC with nothing pending (at most 30 s). */
    private GetSyncStatusResponse awaitInSync(long userId) throws Exception {
        GetSyncStatus request = new GetSyncStatus();
        request.setUserId(userId);
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        GetSyncStatusResponse status = acme.port().getSyncStatus(request);
        while ((status.getState() != SyncState.IN_SYNC || status.getPendingCommands() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = acme.port().getSyncStatus(request);
        }
        assertEquals(SyncState.IN_SYNC, status.getState(), "user " + userId + ": desired " + status.getDesiredVersion()
                + ", applied " + status.getAppliedVersion() + ", " + status.getPendingCommands() + " pending");
        return status;
    }

    private static BatchCommand rename(TestAccounts.Made account, String name, long expectedVersion) {
        ModifySite rename = new ModifySite();
        rename.setSiteId(account.siteId());
        rename.setName(name);
        rename.setExpectedVersion(expectedVersion);
        BatchCommand command = new BatchCommand();
        command.setModifySite(rename);
        return command;
    }

    private Site site(TestAccounts.Made account) throws OneNumberFault {
        ListSites sites = new ListSites();
        sites.setAccountId(account.accountId());
        return acme.port().listSites(sites).getSite().stream().filter(s -> s.getSiteId() == account.siteId())
                .findFirst().orElseThrow();
    }

    /**
     * A document that deletes an account and then names one of its sites meets NOT_FOUND on that command, as two
     * calls one after the other would: the site a command before loaded is gone from the document's transaction too
     * (a bulk delete left it there, so the last command changed a deleted site and the commit failed as an internal
     * error). Nothing of the document is kept.
     */
    @Test
    void aSiteOfAnAccountTheDocumentDeletedIsNotFoundLaterInIt() throws Exception {
        TestAccounts.Made account = TestAccounts.create(acme.port(), "Bulk gone " + UUID.randomUUID(), 0);
        ModifySite rename = new ModifySite();
        rename.setSiteId(account.siteId());
        rename.setName("Renamed");
        BatchCommand first = new BatchCommand();
        first.setModifySite(rename);
        DeleteAccount delete = new DeleteAccount();
        delete.setAccountId(account.accountId());
        BatchCommand second = new BatchCommand();
        second.setDeleteAccount(delete);
        ModifySite again = new ModifySite();
        again.setSiteId(account.siteId());
        again.setName("Again");
        BatchCommand third = new BatchCommand();
        third.setModifySite(again);

        OneNumberFaultDetail refused = fault(() -> bulk.port().executeBatch(batch(BatchMode.ALL_OR_NOTHING,
                List.of(first, second, third))));
        assertEquals("NOT_FOUND", refused.getCode(), refused.getSummary());
        assertTrue(refused.getSummary().startsWith("Command 3 (ModifySite): "), refused.getSummary());
        ListSites sites = new ListSites();
        sites.setAccountId(account.accountId());
        assertEquals(List.of("HQ"), acme.port().listSites(sites).getSite().stream().map(Site::getName).toList(),
                "the account and its site are as they were");
    }

    /**
     * A command the login may not use is NOT_PERMITTED in either mode, as the same call alone is: a phone manager may
     * send batch documents, but not support's CompleteMobilityActivation (once answered as an internal error inside an
     * ALL_OR_NOTHING document, which the refusal reached wrapped as the rollback of the document's transaction).
     */
    @Test
    void aCommandTheLoginMayNotUseIsNotPermittedInEitherMode() throws Exception {
        BulkClient manager = new BulkClient(base, "pm", "Manager-2026");
        long globex = acme.accountNamed("Globex Corporation");
        GetMobilitySettings get = new GetMobilitySettings();
        get.setAccountId(globex);
        long before = MobilityClient.acme(base).port().getMobilitySettings(get).getMobility().getVersion();
        CompleteMobilityActivation complete = new CompleteMobilityActivation();
        complete.setAccountId(globex);
        BatchCommand command = new BatchCommand();
        command.setCompleteMobilityActivation(complete);

        OneNumberFaultDetail refused = fault(() -> manager.port().executeBatch(batch(BatchMode.ALL_OR_NOTHING,
                List.of(command))));
        assertEquals("NOT_PERMITTED", refused.getCode(), refused.getSummary());
        assertEquals("command[1]", refused.getField());
        ExecuteBatchResponse each = manager.port().executeBatch(batch(BatchMode.EACH, List.of(command, command)));
        assertEquals(2, each.getFailed());
        for (BatchResult result : each.getResult()) {
            assertEquals("NOT_PERMITTED", result.getOneNumberFaultDetail().getCode(),
                    result.getOneNumberFaultDetail().getSummary());
        }
        assertEquals(before, MobilityClient.acme(base).port().getMobilitySettings(get).getMobility().getVersion());
    }

    @Test
    void anotherCarriersAccountIsNotFoundInPlaceAndChangesNothing() throws Exception {
        TestAccounts.Made theirs = TestAccounts.create(ProvisioningClient.northwind(base).port(),
                "Bulk theirs " + UUID.randomUUID(), 1);
        ExecuteBatchResponse answer = bulk.port().executeBatch(batch(BatchMode.EACH,
                List.of(addUser(theirs, "Mallory", "2199", null))));
        assertEquals(0, answer.getSucceeded());
        assertEquals("NOT_FOUND", answer.getResult().get(0).getOneNumberFaultDetail().getCode());
        ListUsers list = new ListUsers();
        list.setAccountId(theirs.accountId());
        assertEquals(0, ProvisioningClient.northwind(base).port().listUsers(list).getUser().size());
    }

    @Test
    void malformedDocumentsAreRefusedWhole() throws Exception {
        TestAccounts.Made account = TestAccounts.create(acme.port(), "Bulk bad " + UUID.randomUUID(), 0);
        // a key for the whole batch would replay a document whose commands ran one by one: each command has its own
        OneNumberFaultDetail keyed = fault(() -> bulk.with("whole-batch-" + account.accountId(), null)
                .executeBatch(batch(BatchMode.EACH, List.of(addUser(account, "Kay", "2201", null)))));
        assertEquals("INVALID_HEADER", keyed.getCode());
        assertEquals("idempotencyKey", keyed.getField());
        // more than 100 commands
        List<BatchCommand> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(addUser(account, "U" + i, String.valueOf(3000 + i), null));
        }
        assertEquals("INVALID_REQUEST", fault(() -> bulk.port().executeBatch(batch(BatchMode.EACH, many))).getCode());
        // a command without an operation, and a document without a mode
        assertEquals("INVALID_REQUEST", fault(() -> bulk.port().executeBatch(batch(BatchMode.EACH,
                List.of(new BatchCommand())))).getCode());
        assertEquals("INVALID_REQUEST", fault(() -> bulk.port().executeBatch(batch(null,
                List.of(addUser(account, "Kay", "2201", null))))).getCode());
        assertEquals(List.of(), usersOf(account.accountId()), "nothing of a refused document was written");
        assertNotNull(bulk.port().ping(new Ping()).getServerTime());
    }

    /**
     * A keyed command of an ALL_OR_NOTHING document whose key another transaction is claiming (a document resent while
     * the first still runs; here a claim held open over JDBC for 22 s, past H2's 10 s lock timeout twice) is answered
     * IDEMPOTENCY_KEY_IN_PROGRESS with nothing written, never INTERNAL_ERROR (which it was on H2: the claim's lock wait
     * timed out, the document ran once more and timed out again). On PostgreSQL, which has no lock timeout here, the
     * document waits for the claim to go and then goes through. Either way the same document goes through once the
     * claim is gone, and writes its site once.
     */
    @Test
    void aKeyAnotherTransactionIsClaimingIsInProgressNeverAnInternalError() throws Exception {
        TestAccounts.Made account = TestAccounts.create(acme.port(), "Bulk claim " + UUID.randomUUID(), 0);
        String key = "bulk-claim-" + UUID.randomUUID();
        AddSite add = new AddSite();
        add.setAccountId(account.accountId());
        add.setName("Claimed");
        add.setCountry("US");
        BatchCommand command = new BatchCommand();
        command.setAddSite(add);
        command.setIdempotencyKey(key);
        var release = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        PayaraMicro.Database db = PayaraMicro.Database.fromSystemProperties(server.dataDir());
        try (java.sql.Connection claim = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password())) {
            claim.setAutoCommit(false);
            try (var insert = claim.prepareStatement("insert into idempotency_record (id, carrier_id, login_name,"
                    + " idempotency_key, operation, request_hash, response_xml, created_at, expires_at)"
                    + " select ?, carrier_id, 'acme-api', ?, 'AddSite', 'held', '', current_timestamp, current_timestamp"
                    + " from account where id = ?")) {
                insert.setLong(1, -Math.abs(UUID.randomUUID().getMostSignificantBits() >> 1) - 1);
                insert.setString(2, key);
                insert.setLong(3, account.accountId());
                assertEquals(1, insert.executeUpdate());
            }
            var released = release.schedule(() -> {
                claim.rollback();
                return null;
            }, 22, java.util.concurrent.TimeUnit.SECONDS);
            String answer;
            try {
                ExecuteBatchResponse done = bulk.port().executeBatch(batch(BatchMode.ALL_OR_NOTHING, List.of(command)));
                answer = "OK " + done.getSucceeded();
            } catch (OneNumberFault fault) {
                answer = fault.getFaultInfo().getCode() + " " + fault.getFaultInfo().getField() + ": "
                        + fault.getFaultInfo().getSummary();
            }
            if (!answer.startsWith("OK")) {
                assertTrue(answer.startsWith("IDEMPOTENCY_KEY_IN_PROGRESS"), answer);
                assertFalse(released.isDone(), "answered while the claim was held: " + answer);
                assertEquals(List.of("HQ"), siteNames(account.accountId()), "nothing written while the key was claimed");
            }
            released.get();
        } finally {
            release.shutdownNow();
        }
        ExecuteBatchResponse again = bulk.port().executeBatch(batch(BatchMode.ALL_OR_NOTHING, List.of(command)));
        assertEquals(1, again.getSucceeded());
        assertEquals(List.of("Claimed", "HQ"), siteNames(account.accountId()), "the site once");
    }

    private List<String> siteNames(long accountId) throws OneNumberFault {
        ListSites list = new ListSites();
        list.setAccountId(accountId);
        return acme.port().listSites(list).getSite().stream().map(Site::getName).sorted().toList();
    }
}
