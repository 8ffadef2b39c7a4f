package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onenumber.testsupport.SoapFaults.fault;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.client.*;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.NumberBlocks;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.TestAccounts;

/**
 * ListChanges as a back office follows it: every create, modify and delete of its users and sites once, in the order
 * made, with the kind and the version the record then had; page after page with the cursor it stores; never another
 * carrier's changes; and on across a restart of the service with the cursor it stored before. Each test makes its
 * own account and follows that account's feed, so other tests' changes do not show.
 */
@ExtendWith(SharedServer.class)
class ChangeFeedSoapIT {

    private final PayaraMicro server;
    private final URL base;

    ChangeFeedSoapIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
    }

    /** One change as the test compares it: kind of record, its id, the kind of change and the version after it. */
    private record Seen(String entity, long id, ChangeKind kind, long version) {
        static Seen of(Change change) {
            return new Seen(change.getEntity(), change.getId(), change.getKind(), change.getVersion());
        }

        @Override
        public String toString() {
            return entity + " " + id + " " + kind + " v" + version;
        }
    }

    /** A back office's follower of one account's feed: it keeps the cursor as a client would store it. */
    private static final class Follower {
        private final ProvisioningPort port;
        private final Long accountId;
        private final int pageSize;
        private String cursor;
        private final List<Change> seen = new ArrayList<>();
        private int pages;

        Follower(ProvisioningPort port, Long accountId, int pageSize, String cursor) {
            this.port = port;
            this.accountId = accountId;
            this.pageSize = pageSize;
            this.cursor = cursor;
        }

        /** Asks until the feed says there is no more; returns what came in this catch-up. */
        List<Change> catchUp() throws OneNumberFault {
            List<Change> now = new ArrayList<>();
            ListChangesResponse page;
            do {
                ListChanges request = new ListChanges();
                request.setAccountId(accountId);
                request.setCursor(cursor);
                request.setPageSize(pageSize);
                page = port.listChanges(request);
                assertTrue(page.getChange().size() <= pageSize);
                assertNotNull(page.getNextCursor(), "a cursor to store, always");
                now.addAll(page.getChange());
                cursor = page.getNextCursor();
                pages++;
            } while (page.isMore());
            seen.addAll(now);
            return now;
        }
    }

    private static List<Seen> usersAndSites(List<Change> changes) {
        return changes.stream().filter(c -> c.getEntity().equals("USER") || c.getEntity().equals("SITE")).map(Seen::of)
                .toList();
    }

    private static void assertOnceEach(List<Change> changes) {
        Set<Seen> distinct = new HashSet<>();
        for (Change change : changes) {
            assertTrue(distinct.add(Seen.of(change)), "seen twice: " + Seen.of(change));
        }
    }

    private static AddUser user(long accountId, long siteId, String first, String extension) {
        String token = UUID.randomUUID().toString().substring(0, 8);
        AddUser add = new AddUser();
        add.setAccountId(accountId);
        add.setSiteId(siteId);
        add.setFirstName(first);
        add.setLastName("Feed");
        add.setEmail(first.toLowerCase() + "." + token + "@feed.example");
        add.setExtension(extension);
        add.setProfileType(ProfileType.ESSENTIALS);
        return add;
    }

    private static ModifyUser rename(long userId, long expectedVersion, String lastName) {
        ModifyUser modify = new ModifyUser();
        modify.setUserId(userId);
        modify.setExpectedVersion(expectedVersion);
        modify.setLastName(lastName);
        return modify;
    }

    private static AddSite site(long accountId, String name) {
        AddSite add = new AddSite();
        add.setAccountId(accountId);
        add.setName(name);
        add.setCountry("US");
        return add;
    }

    private static DeleteUser deleteUser(long userId) {
        DeleteUser delete = new DeleteUser();
        delete.setUserId(userId);
        return delete;
    }

    private static DeleteSite deleteSite(long siteId) {
        DeleteSite delete = new DeleteSite();
        delete.setSiteId(siteId);
        return delete;
    }

    @Test
    void eachChangeComesOnceInOrderWithItsKindAndVersionPageByPage() throws Exception {
        ProvisioningPort acme = ProvisioningClient.acme(base).port();
        TestAccounts.Made made = TestAccounts.create(acme, "Feed " + NumberBlocks.next(), 0);
        Follower follower = new Follower(acme, made.accountId(), 2, null);
        List<Change> start = follower.catchUp();
        assertEquals(List.of(new Seen("ACCOUNT", made.accountId(), ChangeKind.CREATED, 1),
                        new Seen("SITE", made.siteId(), ChangeKind.CREATED, 1)),
                start.stream().map(Seen::of).toList(), "from the oldest change kept: the account and its site");
        assertEquals(made.accountId(), start.get(0).getAccountId());

        List<Seen> expected = new ArrayList<>();
        User ada = acme.addUser(user(made.accountId(), made.siteId(), "Ada", "3101")).getUser();
        expected.add(new Seen("USER", ada.getUserId(), ChangeKind.CREATED, ada.getVersion()));
        User alan = acme.addUser(user(made.accountId(), made.siteId(), "Alan", "3102")).getUser();
        expected.add(new Seen("USER", alan.getUserId(), ChangeKind.CREATED, alan.getVersion()));
        User renamed = acme.modifyUser(rename(ada.getUserId(), ada.getVersion(), "Lovelace")).getUser();
        assertTrue(renamed.getVersion() > ada.getVersion());
        assertFalse(renamed.getLastModified().toGregorianCalendar().before(ada.getLastModified().toGregorianCalendar()),
                "lastModified moves on with the change");
        expected.add(new Seen("USER", ada.getUserId(), ChangeKind.MODIFIED, renamed.getVersion()));
        Site branch = acme.addSite(site(made.accountId(), "Branch")).getSite();
        expected.add(new Seen("SITE", branch.getSiteId(), ChangeKind.CREATED, branch.getVersion()));
        ModifySite moveBranch = new ModifySite();
        moveBranch.setSiteId(branch.getSiteId());
        moveBranch.setCity("Springfield");
        Site moved = acme.modifySite(moveBranch).getSite();
        expected.add(new Seen("SITE", branch.getSiteId(), ChangeKind.MODIFIED, moved.getVersion()));
        acme.deleteUser(deleteUser(alan.getUserId()));
        expected.add(new Seen("USER", alan.getUserId(), ChangeKind.DELETED, alan.getVersion()));
        acme.deleteSite(deleteSite(branch.getSiteId()));
        expected.add(new Seen("SITE", branch.getSiteId(), ChangeKind.DELETED, moved.getVersion()));

        List<Change> changes = follower.catchUp();
        assertEquals(expected, usersAndSites(changes), "every change once, in the order made");
        assertOnceEach(follower.seen);
        assertTrue(follower.pages >= 4, "two changes a page: " + follower.pages + " pages");
        assertTrue(changes.stream().allMatch(c -> c.getAccountId() == made.accountId() && c.getTime() != null));
        assertEquals(List.of(), follower.catchUp(), "nothing new, nothing again");

        // the records carry lastModified too
        GetUser get = new GetUser();
        get.setUserId(ada.getUserId());
        assertEquals(renamed.getLastModified(), acme.getUser(get).getUser().getLastModified());
        GetAccount account = new GetAccount();
        account.setAccountId(made.accountId());
        assertNotNull(acme.getAccount(account).getAccount().getLastModified());
    }

    @Test
    void anotherCarrierSeesNoneOfTheChanges() throws Exception {
        ProvisioningPort acme = ProvisioningClient.acme(base).port();
        ProvisioningPort northwind = ProvisioningClient.northwind(base).port();
        Follower theirs = new Follower(northwind, null, 200, null);
        theirs.catchUp();
        TestAccounts.Made made = TestAccounts.create(acme, "Feed " + NumberBlocks.next(), 0);
        User user = acme.addUser(user(made.accountId(), made.siteId(), "Grace", "3201")).getUser();

        List<Change> after = theirs.catchUp();
        assertTrue(after.stream().noneMatch(c -> Long.valueOf(made.accountId()).equals(c.getAccountId())
                || c.getEntity().equals("USER") && c.getId() == user.getUserId()), "acme's changes in northwind's feed");
        ListChanges foreignAccount = new ListChanges();
        foreignAccount.setAccountId(made.accountId());
        assertEquals("NOT_FOUND", fault(() -> northwind.listChanges(foreignAccount)).getCode());
        assertEquals(List.of(new Seen("SITE", made.siteId(), ChangeKind.CREATED, 1),
                        new Seen("USER", user.getUserId(), ChangeKind.CREATED, user.getVersion())),
                usersAndSites(new Follower(acme, made.accountId(), 50, null).catchUp()));
    }

    @Test
    void aCursorOfAnotherCarrierAccountOrListOrNotOursIsInvalid() throws Exception {
        ProvisioningPort acme = ProvisioningClient.acme(base).port();
        ProvisioningPort northwind = ProvisioningClient.northwind(base).port();
        TestAccounts.Made one = TestAccounts.create(acme, "Feed " + NumberBlocks.next(), 0);
        TestAccounts.Made two = TestAccounts.create(acme, "Feed " + NumberBlocks.next(), 0);
        Follower follower = new Follower(acme, one.accountId(), 1, null);
        follower.catchUp();
        String cursor = follower.cursor;

        ListChanges otherAccount = new ListChanges();
        otherAccount.setAccountId(two.accountId());
        otherAccount.setCursor(cursor);
        assertInvalidCursor(fault(() -> acme.listChanges(otherAccount)));
        ListChanges wholeCarrier = new ListChanges();
        wholeCarrier.setCursor(cursor);
        assertInvalidCursor(fault(() -> acme.listChanges(wholeCarrier)));
        ListChanges acmeWide = new ListChanges();
        String acmeCursor = acme.listChanges(acmeWide).getNextCursor();
        ListChanges foreign = new ListChanges();
        foreign.setCursor(acmeCursor);
        assertInvalidCursor(fault(() -> northwind.listChanges(foreign)));
        ListChanges garbage = new ListChanges();
        garbage.setAccountId(one.accountId());
        garbage.setCursor("bm90IGEgY3Vyc29y");
        assertInvalidCursor(fault(() -> acme.listChanges(garbage)));
        ListSites sites = new ListSites();
        sites.setAccountId(one.accountId());
        PageRequest onePerPage = new PageRequest();
        onePerPage.setPageSize(1);
        sites.setPage(onePerPage);
        acme.addSite(site(one.accountId(), "Second"));
        String sitesCursor = acme.listSites(sites).getNextCursor();
        assertNotNull(sitesCursor);
        ListChanges ofSites = new ListChanges();
        ofSites.setAccountId(one.accountId());
        ofSites.setCursor(sitesCursor);
        assertInvalidCursor(fault(() -> acme.listChanges(ofSites)));
        // a cursor ahead of the feed, signed with the server's own key (as one kept across a restore of an older backup
        // would be): answered with no change and itself back, it would pass over every change until the feed got that far
        ListChanges ahead = new ListChanges();
        ahead.setAccountId(one.accountId());
        byte[] key = serverCursorKey();
        ListChanges resigned = new ListChanges();
        resigned.setAccountId(one.accountId());
        resigned.setCursor(movedOn(cursor, 0, key));
        assertNotNull(acme.listChanges(resigned).getNextCursor(), "signed as the server signs, not moved: served");
        ahead.setCursor(movedOn(cursor, 1_000_000, key));
        assertInvalidCursor(fault(() -> acme.listChanges(ahead)));
        // and the refusals changed nothing: the stored cursor goes on
        assertEquals(List.of("SITE"), follower.catchUp().stream().map(Change::getEntity).toList());
    }

    /**
     * The cursor moved {@code batches} batches on and signed with {@code key} as the server signs its cursors (an
     * HMAC-SHA256 of the text, 12 bytes in hex): the format is "keyset:" digest ":=" base64(batch) ":" id ":" checksum,
     * base64 whole.
     */
    private static String movedOn(String cursor, long batches, byte[] key) throws Exception {
        java.util.Base64.Decoder decoder = java.util.Base64.getUrlDecoder();
        java.util.Base64.Encoder encoder = java.util.Base64.getUrlEncoder().withoutPadding();
        String[] parts = new String(decoder.decode(cursor), java.nio.charset.StandardCharsets.US_ASCII).split(":", -1);
        long batch = Long.parseLong(new String(decoder.decode(parts[2].substring(1)), java.nio.charset.StandardCharsets.UTF_8));
        String payload = parts[0] + ":" + parts[1] + ":=" + encoder.encodeToString(
                Long.toString(batch + batches).getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ":" + parts[3];
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
        byte[] hash = mac.doFinal(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String checksum = java.util.HexFormat.of().formatHex(java.util.Arrays.copyOf(hash, 12));
        return encoder.encodeToString((payload + ":" + checksum).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** The key the shared server signs cursors with, as its database keeps it. */
    private byte[] serverCursorKey() throws Exception {
        PayaraMicro.Database db = PayaraMicro.Database.fromSystemProperties(server.dataDir());
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password());
             var read = connection.prepareStatement("select secret from server_key where name = 'cursor'")) {
            try (var row = read.executeQuery()) {
                assertTrue(row.next(), "the server's cursor key");
                return java.util.Base64.getDecoder().decode(row.getString(1));
            }
        }
    }

    /**
     * A back office following one account's feed reads the account's own deletion with the cursor it kept (the feed
     * promises one change per deletion of an account); without a cursor, a deleted account is NOT_FOUND as before, and
     * another carrier's cursor of it reads nothing.
     */
    @Test
    void aFollowerOfAnAccountReadsTheAccountsDeletion() throws Exception {
        ProvisioningPort acme = ProvisioningClient.acme(base).port();
        ProvisioningPort northwind = ProvisioningClient.northwind(base).port();
        TestAccounts.Made made = TestAccounts.create(acme, "Feed gone " + NumberBlocks.next(), 0);
        Follower follower = new Follower(acme, made.accountId(), 50, null);
        follower.catchUp();
        DeleteAccount delete = new DeleteAccount();
        delete.setAccountId(made.accountId());
        acme.deleteAccount(delete);

        List<Seen> last = follower.catchUp().stream().map(Seen::of).toList();
        assertTrue(last.stream().anyMatch(seen -> seen.entity().equals("ACCOUNT") && seen.id() == made.accountId()
                && seen.kind() == ChangeKind.DELETED), "the account's deletion: " + last);
        assertTrue(last.stream().anyMatch(seen -> seen.entity().equals("SITE") && seen.id() == made.siteId()
                && seen.kind() == ChangeKind.DELETED), "its site's deletion: " + last);
        assertEquals(List.of(), follower.catchUp(), "nothing more, and the cursor still serves");

        ListChanges fresh = new ListChanges();
        fresh.setAccountId(made.accountId());
        assertEquals("NOT_FOUND", fault(() -> acme.listChanges(fresh)).getCode());
        ListChanges foreign = new ListChanges();
        foreign.setAccountId(made.accountId());
        foreign.setCursor(follower.cursor);
        assertEquals("NOT_FOUND", fault(() -> northwind.listChanges(foreign)).getCode());
    }

    /**
     * A user with Mobility is deleted: their mobility user goes with them, and the feed says so, as it says the user's
     * deletion; a back office that mirrors mobility users from the feed is not left holding one that is gone. Before,
     * the mobility user went by a bulk delete the feed never saw: USER DELETED came, MOBILITY_USER DELETED did not.
     */
    @Test
    void aDeletedUsersMobilityUserIsReadAsDeletedToo() throws Exception {
        ProvisioningPort acme = ProvisioningClient.acme(base).port();
        MobilityAccounts.Account made = MobilityAccounts.on(server).create("Feed mobility", 1, 1, null);
        long userId = made.userIds().get(0);
        Follower follower = new Follower(acme, made.accountId(), 200, null);
        assertTrue(follower.catchUp().stream().map(Seen::of).anyMatch(seen -> seen.entity().equals("MOBILITY_USER")
                && seen.id() == userId && seen.kind() == ChangeKind.CREATED), "the mobility user came in the feed");

        acme.deleteUser(deleteUser(userId));

        List<Seen> last = follower.catchUp().stream().map(Seen::of).toList();
        assertTrue(last.stream().anyMatch(seen -> seen.entity().equals("USER") && seen.id() == userId
                && seen.kind() == ChangeKind.DELETED), "the user's deletion: " + last);
        assertTrue(last.stream().anyMatch(seen -> seen.entity().equals("MOBILITY_USER") && seen.id() == userId
                && seen.kind() == ChangeKind.DELETED), "their mobility user's deletion: " + last);
    }

    /**
     * A back office starting out takes a cursor at this moment, syncs in full, and follows the feed from that cursor:
     * it reads what was made after the cursor and nothing from before (an account's or the whole carrier's feed,
     * whose oldest changes go back a week). With a cursor besides, startAtNow is refused and the cursor still serves.
     */
    @Test
    void aFeedStartedAtNowReadsOnlyWhatCameAfter() throws Exception {
        ProvisioningPort acme = ProvisioningClient.acme(base).port();
        TestAccounts.Made made = TestAccounts.create(acme, "Feed now " + NumberBlocks.next(), 0);
        User before = acme.addUser(user(made.accountId(), made.siteId(), "Early", "3301")).getUser();
        ListChangesResponse accountNow = acme.listChanges(startAtNow(made.accountId()));
        ListChangesResponse carrierNow = acme.listChanges(startAtNow(null));
        for (ListChangesResponse now : List.of(accountNow, carrierNow)) {
            assertEquals(List.of(), now.getChange(), "no change at the start");
            assertFalse(now.isMore());
            assertNotNull(now.getNextCursor());
        }

        User after = acme.addUser(user(made.accountId(), made.siteId(), "Late", "3302")).getUser();
        long renamed = acme.modifyUser(rename(before.getUserId(), before.getVersion(), "Renamed")).getUser().getVersion();

        List<Seen> expected = List.of(new Seen("USER", after.getUserId(), ChangeKind.CREATED, after.getVersion()),
                new Seen("USER", before.getUserId(), ChangeKind.MODIFIED, renamed));
        Follower ofAccount = new Follower(acme, made.accountId(), 50, accountNow.getNextCursor());
        assertEquals(expected, usersAndSites(ofAccount.catchUp()), "the account's changes after the start, only");
        List<Seen> ofCarrier = usersAndSites(new Follower(acme, null, 200, carrierNow.getNextCursor()).catchUp());
        assertTrue(ofCarrier.containsAll(expected), "the carrier's feed from the start has them: " + ofCarrier);
        assertTrue(ofCarrier.stream().noneMatch(seen -> seen.kind() == ChangeKind.CREATED && seen.id() == before.getUserId()),
                "nothing from before the start: " + ofCarrier);

        ListChanges both = startAtNow(made.accountId());
        both.setCursor(ofAccount.cursor);
        OneNumberFaultDetail refused = fault(() -> acme.listChanges(both));
        assertEquals("INVALID_FIELD", refused.getCode(), refused.getSummary());
        assertEquals("startAtNow", refused.getField());
        long later = acme.modifyUser(rename(after.getUserId(), after.getVersion(), "Later")).getUser().getVersion();
        assertEquals(List.of(new Seen("USER", after.getUserId(), ChangeKind.MODIFIED, later)),
                usersAndSites(ofAccount.catchUp()), "the refusal moved nothing: the stored cursor goes on");
    }

    private static ListChanges startAtNow(Long accountId) {
        ListChanges request = new ListChanges();
        request.setAccountId(accountId);
        request.setStartAtNow(true);
        return request;
    }

    private static void assertInvalidCursor(OneNumberFaultDetail fault) {
        assertEquals("INVALID_FIELD", fault.getCode(), fault.getSummary());
        assertEquals("cursor", fault.getField());
    }

    /**
     * The acceptance test: a client follows the feed, the service stops with changes the client has not read yet,
     * starts again on the same database, and the client goes on with the cursor it stored: every change once. It
     * starts its own server twice (not the shared one), on an H2 of its own, as {@link OutboxRestartIT} does; so it
     * runs in the embedded default's pass only, as the other restart tests do.
     */
    @Test
    @Tag("h2-only")
    void aClientFollowsTheFeedAcrossARestartWithoutMissingOrRepeatingAChange() throws Exception {
        Path dir = SharedServer.dataDir().resolve("change-feed");
        PayaraMicro.Settings settings = SharedServer.settings(PayaraMicro.Database.h2(dir), dir);
        List<Seen> expected = new ArrayList<>();
        List<Change> seen = new ArrayList<>();
        String stored;
        long accountId;
        long siteId;
        User ada;
        try (PayaraMicro first = PayaraMicro.startReady(settings.withConsoleOutput(false), "first start", 300)) {
            ProvisioningPort acme = ProvisioningClient.acme(first.url()).port();
            TestAccounts.Made made = TestAccounts.create(acme, "Feed restart", 0);
            accountId = made.accountId();
            siteId = made.siteId();
            expected.add(new Seen("SITE", siteId, ChangeKind.CREATED, 1));
            ada = acme.addUser(user(accountId, siteId, "Ada", "3301")).getUser();
            expected.add(new Seen("USER", ada.getUserId(), ChangeKind.CREATED, ada.getVersion()));
            Follower follower = new Follower(acme, accountId, 2, null);
            seen.addAll(follower.catchUp());
            // changes made after the last read, before the stop
            User alan = acme.addUser(user(accountId, siteId, "Alan", "3302")).getUser();
            expected.add(new Seen("USER", alan.getUserId(), ChangeKind.CREATED, alan.getVersion()));
            User renamed = acme.modifyUser(rename(ada.getUserId(), ada.getVersion(), "Lovelace")).getUser();
            expected.add(new Seen("USER", ada.getUserId(), ChangeKind.MODIFIED, renamed.getVersion()));
            ada = renamed;
            stored = follower.cursor;
        }
        try (PayaraMicro second = PayaraMicro.startReady(settings.keepingData(), "second start", 300)) {
            ProvisioningPort acme = ProvisioningClient.acme(second.url()).port();
            acme.deleteUser(deleteUser(ada.getUserId()));
            expected.add(new Seen("USER", ada.getUserId(), ChangeKind.DELETED, ada.getVersion()));
            Follower follower = new Follower(acme, accountId, 2, stored);
            seen.addAll(follower.catchUp());
        }
        assertOnceEach(seen);
        assertEquals(expected, usersAndSites(seen), "every change once, across the restart");
    }
}
