package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onenumber.testsupport.SoapFaults.fault;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.client.*;
import org.onenumber.testsupport.BulkClient;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.TestAccounts;
import org.onenumber.testsupport.NumberBlocks;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;

/**
 * SearchUsers as a carrier's back office uses it: find the user behind a number, an extension, an email, a desk
 * phone or a name, page through the answer in the order asked for, and never see another carrier's users. Each test
 * makes its own account of five users; their numbers, emails and MAC addresses come from a number block no other
 * fixture of the run holds, so a search across all the carrier's accounts finds only them.
 */
@ExtendWith(SharedServer.class)
class UserSearchSoapIT {

    private final URL base;
    private ProvisioningClient acme;

    UserSearchSoapIT(PayaraMicro server) {
        this.base = server.url();
    }

    @BeforeEach
    void clients() {
        acme = ProvisioningClient.acme(base);
    }

    /** An account with its users in creation order: Ada, Alan, Grace (no number), Adam, Barbara. */
    private record Fixture(long accountId, String block, List<User> users) {

        User named(String firstName) {
            return users.stream().filter(u -> u.getFirstName().equals(firstName)).findFirst().orElseThrow();
        }

        /** The block's six digits: they make emails and MAC addresses no other fixture has. */
        String token() {
            return block.substring(2);
        }

        /** The number of the line as people write it: (AAA) EEE-LLLL. */
        String written(int line) {
            String e164 = NumberBlocks.number(block, line);
            return "(" + e164.substring(2, 5) + ") " + e164.substring(5, 8) + "-" + e164.substring(8);
        }
    }

    private Fixture fixture() throws OneNumberFault {
        return fixture("Ada Lovelace 2001 1", "Alan Turing 2002 2", "Grace Hopper 2003 -", "Adam Smith 2004 4",
                "Barbara Liskov 2005 0");
    }

    /** A new account with one user per "First Last extension line" (line "-": no number), in that order. */
    private Fixture fixture(String... people) throws OneNumberFault {
        String block = NumberBlocks.next();
        TestAccounts.Made made = TestAccounts.create(acme.port(), "Search " + block, 0);
        long accountId = made.accountId();
        long siteId = made.siteId();
        AddPhoneNumbers numbers = new AddPhoneNumbers();
        numbers.setAccountId(accountId);
        for (int line = 0; line < people.length; line++) {
            numbers.getNumber().add(NumberBlocks.number(block, line));
        }
        acme.port().addPhoneNumbers(numbers);
        String token = block.substring(2);
        List<User> users = new ArrayList<>();
        for (String person : people) {
            String[] p = person.split(" ");
            users.add(addUser(accountId, siteId, p[0], p[1], p[2],
                    p[3].equals("-") ? null : NumberBlocks.number(block, Integer.parseInt(p[3])), token, users.size() + 1));
        }
        return new Fixture(accountId, block, users);
    }

    private User addUser(long accountId, long siteId, String first, String last, String extension, String number,
                         String token, int phone) throws OneNumberFault {
        AddUser add = new AddUser();
        add.setAccountId(accountId);
        add.setSiteId(siteId);
        add.setFirstName(first);
        add.setLastName(last);
        add.setEmail(first + "." + last + "." + token + "@Example.com");
        add.setExtension(extension);
        add.setBusinessNumber(number);
        add.setProfileType(ProfileType.PREMIER);
        DeskPhone deskPhone = new DeskPhone();
        deskPhone.setModel("IP485G");
        deskPhone.setMacAddress("0A" + token + "000" + phone);
        add.setDeskPhone(deskPhone);
        return acme.port().addUser(add).getUser();
    }

    private static SearchUsers search(Consumer<SearchUsers> criteria) {
        SearchUsers search = new SearchUsers();
        criteria.accept(search);
        return search;
    }

    private static PageRequest page(String cursor, int size) {
        PageRequest page = new PageRequest();
        page.setCursor(cursor);
        page.setPageSize(size);
        return page;
    }

    /** The first names found; for a search whose answer is one page, the total counted must be their number. */
    private List<String> firstNames(SearchUsers search) throws OneNumberFault {
        search.setIncludeTotal(true);
        SearchUsersResponse found = acme.port().searchUsers(search);
        List<String> names = found.getUser().stream().map(User::getFirstName).toList();
        if (found.getNextCursor() == null) {
            assertEquals((long) names.size(), found.getTotal(), "the total of " + names);
        }
        return names;
    }

    @Test
    void eachCriterionFindsItsUserAndNobodyElse() throws Exception {
        Fixture f = fixture();
        // across all the carrier's accounts: what is unique to the user
        assertEquals(List.of("Ada"), firstNames(search(s -> s.setNumber(f.written(1)))));
        assertEquals(List.of("Alan"), firstNames(search(s -> s.setNumber(NumberBlocks.number(f.block(), 2)))));
        assertEquals(List.of("Ada"), firstNames(search(s -> s.setEmail("ADA.LOVELACE." + f.token() + "@example.COM"))));
        assertEquals(List.of("Adam"), firstNames(search(s -> s.setMacAddress(("0a" + f.token() + "0004")
                .replaceAll("(..)(?!$)", "$1-")))));
        // in the account: what other accounts have too
        assertEquals(List.of("Grace"), firstNames(search(s -> {
            s.setAccountId(f.accountId());
            s.setExtension("2003");
        })));
        assertEquals(List.of("Ada", "Adam"), firstNames(search(s -> {
            s.setAccountId(f.accountId());
            s.setNamePrefix("AD");
        })));
        assertEquals(List.of("Ada"), firstNames(search(s -> {
            s.setAccountId(f.accountId());
            s.setNamePrefix("lovel");
        })));
        assertEquals(List.of("Alan"), firstNames(search(s -> {
            s.setAccountId(f.accountId());
            s.setNamePrefix("alan t");
        })));
        assertEquals(List.of(), firstNames(search(s -> {
            s.setAccountId(f.accountId());
            s.setNamePrefix("a%");
        })), "a wildcard is a character, not a pattern");
        // every criterion given must match
        assertEquals(List.of("Adam"), firstNames(search(s -> {
            s.setAccountId(f.accountId());
            s.setNamePrefix("ad");
            s.setExtension("2004");
        })));
        assertEquals(List.of(), firstNames(search(s -> {
            s.setNumber(f.written(1));
            s.setExtension("2002");
        })));
        User ada = acme.port().searchUsers(search(s -> s.setNumber(f.written(1)))).getUser().get(0);
        assertEquals(f.named("Ada").getUserId(), ada.getUserId());
        assertEquals(NumberBlocks.number(f.block(), 1), ada.getBusinessNumber());
        assertEquals("2001", ada.getExtension());
        assertEquals("IP485G", ada.getDeskPhone().getModel());
    }

    @Test
    void eachSortPagesThroughTheAccountInOrderBothWays() throws Exception {
        Fixture f = fixture();
        List<String> byName = List.of("Ada", "Adam", "Alan", "Barbara", "Grace");
        List<String> byExtension = List.of("Ada", "Alan", "Grace", "Adam", "Barbara");
        List<String> byNumber = List.of("Grace", "Barbara", "Ada", "Alan", "Adam"); // no number first, then lines 0..4
        List<String> byCreation = List.of("Ada", "Alan", "Grace", "Adam", "Barbara");
        assertPages(f, null, UserSort.NAME, byName);
        assertPages(f, null, UserSort.EXTENSION, byExtension);
        assertPages(f, null, UserSort.NUMBER, byNumber);
        assertPages(f, null, UserSort.CREATED, byCreation);
        assertPages(f, null, null, byName);
    }

    /**
     * A name prefix finds users by the start of the whole name or of the last name (the server reads the two apart),
     * and the pages of every sort still interleave both, once each, with the total of both.
     */
    @Test
    void aNamePrefixPagesThroughFirstAndLastNameMatchesTogetherInEverySort() throws Exception {
        Fixture f = fixture("Lars Berg 3001 1", "Ada Lind 3002 2", "Lea Zorn 3003 -", "Xavier Yu 3004 3",
                "Bo Larsen 3005 4", "Li Lu 3006 0");
        assertPages(f, "L", UserSort.NAME, List.of("Ada", "Bo", "Lars", "Lea", "Li"));
        assertPages(f, "l", UserSort.EXTENSION, List.of("Lars", "Ada", "Lea", "Bo", "Li"));
        assertPages(f, "l", UserSort.NUMBER, List.of("Lea", "Li", "Lars", "Ada", "Bo"));
        assertPages(f, "l", UserSort.CREATED, List.of("Lars", "Ada", "Lea", "Bo", "Li"));
        assertEquals(List.of("Li"), firstNames(search(s -> {
            s.setAccountId(f.accountId());
            s.setNamePrefix("li l");
        })));
        assertEquals(List.of("Ada"), firstNames(search(s -> {
            s.setAccountId(f.accountId());
            s.setNamePrefix("lind");
        })));
    }

    /**
     * Walks the account's users (with the name prefix, when given) two a page in both directions, with the total
     * (5) on every page.
     */
    private void assertPages(Fixture f, String namePrefix, UserSort sort, List<String> ascending)
            throws OneNumberFault {
        for (boolean descending : new boolean[] {false, true}) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                String after = cursor;
                SearchUsersResponse response = acme.port().searchUsers(search(s -> {
                    s.setAccountId(f.accountId());
                    s.setNamePrefix(namePrefix);
                    s.setSort(sort);
                    s.setDescending(descending);
                    s.setIncludeTotal(true);
                    s.setPage(page(after, 2));
                }));
                assertEquals(5L, response.getTotal());
                assertTrue(response.getUser().size() <= 2);
                response.getUser().forEach(u -> seen.add(u.getFirstName()));
                cursor = response.getNextCursor();
                pages++;
            } while (cursor != null && pages < 10);
            List<String> expected = new ArrayList<>(ascending);
            if (descending) {
                Collections.reverse(expected);
            }
            assertEquals(expected, seen, sort + (descending ? " descending" : " ascending"));
            assertEquals(3, pages);
        }
    }

    @Test
    void theTotalComesOnlyWhenAskedFor() throws Exception {
        Fixture f = fixture();
        SearchUsersResponse without = acme.port().searchUsers(search(s -> {
            s.setAccountId(f.accountId());
            s.setPage(page(null, 1));
        }));
        assertNull(without.getTotal());
        assertEquals(1, without.getUser().size());
        SearchUsersResponse with = acme.port().searchUsers(search(s -> {
            s.setAccountId(f.accountId());
            s.setNamePrefix("ad");
            s.setIncludeTotal(true);
            s.setPage(page(null, 1));
        }));
        assertEquals(2L, with.getTotal());
        assertEquals(List.of("Ada"), with.getUser().stream().map(User::getFirstName).toList());
        assertNotNull(with.getNextCursor());
    }

    @Test
    void anEmailInUseInAnyLetterCaseIsRefusedAndNothingIsAdded() throws Exception {
        Fixture f = fixture();
        String adas = "ada.LOVELACE." + f.token() + "@example.COM";
        AddUser twin = new AddUser();
        twin.setAccountId(f.accountId());
        twin.setSiteId(f.named("Ada").getSiteId());
        twin.setFirstName("Ada");
        twin.setLastName("Twin");
        twin.setEmail(adas);
        twin.setExtension("2009");
        twin.setProfileType(ProfileType.PREMIER);
        OneNumberFaultDetail taken = fault(() -> acme.port().addUser(twin));
        assertEquals("DUPLICATE_EMAIL", taken.getCode(), taken.getSummary());
        assertEquals("email", taken.getField());

        ModifyUser alan = new ModifyUser();
        alan.setUserId(f.named("Alan").getUserId());
        alan.setEmail(adas);
        assertEquals("DUPLICATE_EMAIL", fault(() -> acme.port().modifyUser(alan)).getCode());
        // one's own email in another letter case is no clash
        ModifyUser ada = new ModifyUser();
        ada.setUserId(f.named("Ada").getUserId());
        ada.setEmail(adas);
        assertEquals(adas, acme.port().modifyUser(ada).getUser().getEmail());

        // two new users with one email in one all-or-nothing document: the second is refused, neither is kept
        twin.setEmail("Twins." + f.token() + "@example.com");
        AddUser other = new AddUser();
        other.setAccountId(f.accountId());
        other.setSiteId(f.named("Ada").getSiteId());
        other.setFirstName("Other");
        other.setLastName("Twin");
        other.setEmail("TWINS." + f.token() + "@EXAMPLE.com");
        other.setExtension("2010");
        other.setProfileType(ProfileType.PREMIER);
        ExecuteBatch batch = new ExecuteBatch();
        batch.setMode(BatchMode.ALL_OR_NOTHING);
        for (AddUser add : List.of(twin, other)) {
            BatchCommand command = new BatchCommand();
            command.setAddUser(add);
            batch.getCommand().add(command);
        }
        OneNumberFaultDetail second = fault(() -> BulkClient.acme(base).port().executeBatch(batch));
        assertEquals("DUPLICATE_EMAIL", second.getCode(), second.getSummary());
        assertEquals("command[2]/email", second.getField());

        ListUsers all = new ListUsers();
        all.setAccountId(f.accountId());
        assertEquals(List.of("Ada", "Alan", "Grace", "Adam", "Barbara"),
                acme.port().listUsers(all).getUser().stream().map(User::getFirstName).toList());
        SearchUsersResponse alans = acme.port().searchUsers(search(s -> {
            s.setAccountId(f.accountId());
            s.setEmail("ALAN.TURING." + f.token() + "@example.com");
        }));
        assertEquals(1, alans.getUser().size(), "Alan keeps his email");
    }

    @Test
    void theListsOfAnAccountCountTheirMatchesOverAllPagesOnlyWhenAsked() throws Exception {
        Fixture f = fixture();
        AddSite second = new AddSite();
        second.setAccountId(f.accountId());
        second.setName("Annex " + f.block());
        second.setCountry("US");
        long annex = acme.port().addSite(second).getSite().getSiteId();
        addUser(f.accountId(), annex, "Adrian", "Annex", "3001", null, f.token(), 6);

        ListUsers users = new ListUsers();
        users.setAccountId(f.accountId());
        users.setPage(page(null, 2));
        ListUsersResponse firstPage = acme.port().listUsers(users);
        assertNull(firstPage.getTotal(), "no count unless asked");
        assertEquals(2, firstPage.getUser().size());
        users.setIncludeTotal(true);
        assertEquals(6L, acme.port().listUsers(users).getTotal());
        users.setNameContains("AD"); // Ada, Adam, Adrian
        assertEquals(3L, acme.port().listUsers(users).getTotal());
        users.setSiteId(annex);
        ListUsersResponse annexAds = acme.port().listUsers(users);
        assertEquals(1L, annexAds.getTotal());
        assertEquals(List.of("Adrian"), annexAds.getUser().stream().map(User::getFirstName).toList());
        // the total is of every page, the same on the page a cursor leads to
        users.setSiteId(null);
        ListUsersResponse first = acme.port().listUsers(users);
        users.setPage(page(first.getNextCursor(), 2));
        ListUsersResponse next = acme.port().listUsers(users);
        assertEquals(3L, next.getTotal());
        assertEquals(1, next.getUser().size());

        ListSites sites = new ListSites();
        sites.setAccountId(f.accountId());
        sites.setPage(page(null, 1));
        assertNull(acme.port().listSites(sites).getTotal());
        sites.setIncludeTotal(true);
        ListSitesResponse sitePage = acme.port().listSites(sites);
        assertEquals(2L, sitePage.getTotal());
        assertEquals(1, sitePage.getSite().size());

        MobilityClient mobility = MobilityClient.acme(base);
        MobilityAccounts.activate(mobility, f.accountId(), 3);
        EnableMobilityUser enable = new EnableMobilityUser();
        enable.setUserId(f.named("Ada").getUserId());
        enable.setMobilityExtension("8001");
        mobility.port().enableMobilityUser(enable);
        ListLicenses licenses = new ListLicenses();
        licenses.setAccountId(f.accountId());
        licenses.setIncludeTotal(true);
        assertEquals(3L, mobility.port().listLicenses(licenses).getTotal());
        licenses.setStatus(LicenseStatus.AVAILABLE);
        assertEquals(2L, mobility.port().listLicenses(licenses).getTotal());
        licenses.setStatus(LicenseStatus.SHARED);
        ListLicensesResponse shared = mobility.port().listLicenses(licenses);
        assertEquals(1L, shared.getTotal());
        assertEquals(1, shared.getLicense().size());
        licenses.setIncludeTotal(false);
        assertNull(mobility.port().listLicenses(licenses).getTotal());
    }

    @Test
    void aListsNameFilterMatchesPercentAndUnderscoreAsThemselves() throws Exception {
        TestAccounts.Made made = TestAccounts.create(acme.port(), "Wildcards " + NumberBlocks.next(), 0);
        for (String[] name : List.of(new String[] {"Ann", "100%", "2001"}, new String[] {"Bob", "Plain", "2002"})) {
            AddUser add = new AddUser();
            add.setAccountId(made.accountId());
            add.setSiteId(made.siteId());
            add.setFirstName(name[0]);
            add.setLastName(name[1]);
            add.setEmail(name[0].toLowerCase() + "." + made.accountId() + "@wildcards.example.com");
            add.setExtension(name[2]);
            add.setProfileType(ProfileType.PREMIER);
            acme.port().addUser(add);
        }
        ListUsers users = new ListUsers();
        users.setAccountId(made.accountId());
        users.setIncludeTotal(true);
        users.setNameContains("%");
        ListUsersResponse percent = acme.port().listUsers(users);
        assertEquals(List.of("Ann"), percent.getUser().stream().map(User::getFirstName).toList());
        assertEquals(1L, percent.getTotal());
        for (String nobody : List.of("_", "\\", "!")) {
            users.setNameContains(nobody);
            ListUsersResponse none = acme.port().listUsers(users);
            assertEquals(List.of(), none.getUser(), "no name holds " + nobody);
            assertEquals(0L, none.getTotal());
        }
    }

    @Test
    void aCursorCarriedToAnotherQueryOrListIsRefusedAndTheSearchGoesOn() throws Exception {
        Fixture f = fixture();
        SearchUsersResponse first = acme.port().searchUsers(search(s -> {
            s.setAccountId(f.accountId());
            s.setPage(page(null, 2));
        }));
        String cursor = first.getNextCursor();
        assertNotNull(cursor);

        OneNumberFaultDetail otherSort = fault(() -> acme.port().searchUsers(search(s -> {
            s.setAccountId(f.accountId());
            s.setSort(UserSort.EXTENSION);
            s.setPage(page(cursor, 2));
        })));
        assertEquals("INVALID_FIELD", otherSort.getCode());
        assertEquals("cursor", otherSort.getField());
        assertTrue(otherSort.getSummary().contains("another query"), otherSort.getSummary());
        OneNumberFaultDetail otherCriteria = fault(() -> acme.port().searchUsers(search(s -> {
            s.setAccountId(f.accountId());
            s.setNamePrefix("a");
            s.setPage(page(cursor, 2));
        })));
        assertEquals("INVALID_FIELD", otherCriteria.getCode());
        assertEquals("cursor", otherCriteria.getField());
        OneNumberFaultDetail descending = fault(() -> acme.port().searchUsers(search(s -> {
            s.setAccountId(f.accountId());
            s.setDescending(true);
            s.setPage(page(cursor, 2));
        })));
        assertEquals("cursor", descending.getField());

        ListUsers list = new ListUsers();
        list.setAccountId(f.accountId());
        list.setPage(page(cursor, 2));
        OneNumberFaultDetail byList = fault(() -> acme.port().listUsers(list));
        assertEquals("INVALID_FIELD", byList.getCode());
        assertEquals("cursor", byList.getField());

        ListUsers firstListPage = new ListUsers();
        firstListPage.setAccountId(f.accountId());
        firstListPage.setPage(page(null, 2));
        String listCursor = acme.port().listUsers(firstListPage).getNextCursor();
        assertNotNull(listCursor);
        OneNumberFaultDetail listToSearch = fault(() -> acme.port().searchUsers(search(s -> {
            s.setAccountId(f.accountId());
            s.setPage(page(listCursor, 2));
        })));
        assertEquals("INVALID_FIELD", listToSearch.getCode());
        assertEquals("cursor", listToSearch.getField());

        // a list's cursor serves only its own list and filters: not another list, not other filters
        ListSites sites = new ListSites();
        sites.setAccountId(f.accountId());
        sites.setPage(page(listCursor, 2));
        OneNumberFaultDetail listToList = fault(() -> acme.port().listSites(sites));
        assertEquals("INVALID_FIELD", listToList.getCode());
        assertEquals("cursor", listToList.getField());
        ListUsers filtered = new ListUsers();
        filtered.setAccountId(f.accountId());
        filtered.setNameContains("a");
        filtered.setPage(page(listCursor, 2));
        assertEquals("cursor", fault(() -> acme.port().listUsers(filtered)).getField());
        firstListPage.setPage(page(listCursor, 2));
        assertEquals(2, acme.port().listUsers(firstListPage).getUser().size(), "the list it belongs to pages on");

        // the search it belongs to pages on from where it was
        SearchUsersResponse second = acme.port().searchUsers(search(s -> {
            s.setAccountId(f.accountId());
            s.setPage(page(cursor, 2));
        }));
        assertEquals(List.of("Alan", "Barbara"), second.getUser().stream().map(User::getFirstName).toList());
        assertEquals(List.of("Ada", "Adam"), first.getUser().stream().map(User::getFirstName).toList());
        assertEquals(5, firstNames(search(s -> s.setAccountId(f.accountId()))).size());
    }

    @Test
    void anotherCarrierFindsNoneOfTheUsers() throws Exception {
        Fixture f = fixture();
        ProvisioningClient northwind = ProvisioningClient.northwind(base);
        assertTrue(northwind.port().searchUsers(search(s -> s.setNumber(f.written(1)))).getUser().isEmpty());
        assertTrue(northwind.port().searchUsers(search(s -> s.setEmail("ada.lovelace." + f.token() + "@example.com")))
                .getUser().isEmpty());
        assertTrue(northwind.port().searchUsers(search(s -> s.setMacAddress("0A" + f.token() + "0001"))).getUser().isEmpty());
        SearchUsersResponse everyAda = northwind.port().searchUsers(search(s -> {
            s.setNamePrefix("ada lovelace");
            s.setIncludeTotal(true);
        }));
        assertTrue(everyAda.getUser().stream().noneMatch(u -> u.getAccountId() == f.accountId()));
        OneNumberFaultDetail account = fault(() -> northwind.port().searchUsers(search(s -> s.setAccountId(f.accountId()))));
        assertEquals("NOT_FOUND", account.getCode());
        // and the owner still finds them
        assertEquals(List.of("Ada"), firstNames(search(s -> s.setNumber(f.written(1)))));
    }

    @Test
    void badInputIsATypedFaultNamingTheField() throws Exception {
        OneNumberFaultDetail empty = fault(() -> acme.port().searchUsers(new SearchUsers()));
        assertEquals("INVALID_FIELD", empty.getCode());
        assertEquals("accountId", empty.getField());
        OneNumberFaultDetail blank = fault(() -> acme.port().searchUsers(search(s -> s.setNamePrefix("  "))));
        assertEquals("accountId", blank.getField());
        OneNumberFaultDetail mac = fault(() -> acme.port().searchUsers(search(s -> s.setMacAddress("00:10:49:zz"))));
        assertEquals("INVALID_MAC", mac.getCode());
        assertEquals("macAddress", mac.getField());
        OneNumberFaultDetail number = fault(() -> acme.port().searchUsers(search(s -> s.setNumber("555-12"))));
        assertEquals("INVALID_NUMBER", number.getCode());
        assertEquals("number", number.getField());
        OneNumberFaultDetail pageSize = fault(() -> acme.port().searchUsers(search(s -> {
            s.setEmail("nobody@example.com");
            s.setPage(page(null, 500));
        })));
        assertEquals("pageSize", pageSize.getField());
        OneNumberFaultDetail forged = fault(() -> acme.port().searchUsers(search(s -> {
            s.setEmail("nobody@example.com");
            s.setPage(page("a2V5c2V0Om5vdC1vdXJz", 5));
        })));
        assertEquals("INVALID_FIELD", forged.getCode());
        assertEquals("cursor", forged.getField());
    }

    /**
     * A search sorted by name (the default) over users whose names are long: the cursor carries the last row's name,
     * and with 100-character names in Cyrillic it is longer than 255 characters. It was typed Text (at most 255), so
     * the service refused the very cursor it had returned (INVALID_REQUEST on cursor) and the client could never page
     * past that user. Both users come, one a page, and the last page has no cursor.
     */
    @Test
    void aSearchSortedByLongNamesPagesOnWithTheCursorItReturned() throws Exception {
        String block = NumberBlocks.next();
        TestAccounts.Made made = TestAccounts.create(acme.port(), "Search long " + block, 0);
        String first = "Александра".repeat(10);
        List<String> lasts = List.of("Константинопольская".repeat(5) + "Аа", "Константинопольская".repeat(5) + "Бб");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < lasts.size(); i++) {
            AddUser add = new AddUser();
            add.setAccountId(made.accountId());
            add.setSiteId(made.siteId());
            add.setFirstName(first);
            add.setLastName(lasts.get(i));
            add.setEmail("long." + i + "." + block.substring(2) + "@example.com");
            add.setExtension("290" + i);
            add.setProfileType(ProfileType.ESSENTIALS);
            ids.add(acme.port().addUser(add).getUser().getUserId());
        }
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        int longest = 0;
        do {
            String after = cursor;
            SearchUsersResponse response = acme.port().searchUsers(search(s -> {
                s.setAccountId(made.accountId());
                s.setPage(page(after, 1));
            }));
            response.getUser().forEach(u -> seen.add(u.getUserId()));
            cursor = response.getNextCursor();
            longest = Math.max(longest, cursor == null ? 0 : cursor.length());
            pages++;
        } while (cursor != null && pages < 5);
        assertEquals(ids, seen, "both users, by name");
        assertTrue(longest > 255, "a cursor longer than 255 characters was sent back: " + longest);
    }
}
