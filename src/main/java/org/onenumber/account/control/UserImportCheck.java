package org.onenumber.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.DialPlanEntry;
import org.onenumber.account.entity.Extension;
import org.onenumber.account.entity.MacAddress;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.account.entity.ProfileType;
import org.onenumber.account.entity.Site;
import org.onenumber.account.entity.UserDetails;
import org.onenumber.account.entity.UserImportRow;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.InList;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.control.Validation;

/**
 * Checks a CSV file's rows as Add user checks one user, without writing anything: the same Bean Validation of
 * {@link UserDetails}, the same formats ({@link Extension}, {@link NumberFormat}, {@link MacAddress}), and the same
 * account-wide refusals as {@link Directory} and {@link DialPlan} give. Those are looked up for the whole file at
 * once, a few set queries of at most {@value #IN_LIST} values each, instead of one per row; a value twice in the
 * file is refused on its second row. Add user checks every row again when the import adds it.
 */
@ApplicationScoped
public class UserImportCheck {

    static final int IN_LIST = 500;

    /** The column a field's complaint is shown under. */
    private static final Map<String, String> COLUMN_OF = Map.of("firstName", UserCsv.FIRST_NAME, "lastName",
            UserCsv.LAST_NAME, "email", UserCsv.EMAIL, "extension", UserCsv.EXTENSION, "siteId", UserCsv.SITE,
            "businessNumber", UserCsv.BUSINESS_NUMBER, "deskPhoneModel", UserCsv.DESK_PHONE_MODEL, "deskPhoneMac",
            UserCsv.DESK_PHONE_MAC, "deskPhone.macAddress", UserCsv.DESK_PHONE_MAC);

    /** What is wrong with a row: its number, the column, and a sentence a person can act on. */
    public static class Complaint implements Serializable {

        private final int row;
        private final String column;
        private final String message;

        public Complaint(int row, String column, String message) {
            this.row = row;
            this.column = column;
            this.message = message;
        }

        public int getRow() {
            return row;
        }

        public String getColumn() {
            return column;
        }

        public String getMessage() {
            return message;
        }
    }

    /** The file checked: the rows Add user would take, and every complaint about the others in row order. */
    public static class Report implements Serializable {

        private final int rowCount;
        private final List<UserImportRow> good;
        private final List<Complaint> complaints;

        Report(int rowCount, List<UserImportRow> good, List<Complaint> complaints) {
            this.rowCount = rowCount;
            this.good = good;
            this.complaints = complaints;
        }

        public int getRowCount() {
            return rowCount;
        }

        public List<UserImportRow> getGood() {
            return good;
        }

        public List<Complaint> getComplaints() {
            return complaints;
        }

        public int getBadRowCount() {
            return rowCount - good.size();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Validation validation;

    /** A row in the making: the details it gives, its normalised keys, and its complaints by column. */
    private static final class Checked {
        final UserCsv.Row row;
        UserDetails details;
        String extension;
        String e164;
        String mac;
        String email;
        final Map<String, String> complaints = new LinkedHashMap<>();

        Checked(UserCsv.Row row) {
            this.row = row;
        }

        void complain(String column, String message) {
            complaints.putIfAbsent(column, message);
        }

        void complain(BusinessException e) {
            Map<String, String> each = e instanceof InvalidInputException invalid ? invalid.fields()
                    : Map.of(String.valueOf(e.field()), e.getMessage());
            each.forEach((field, message) -> complain(COLUMN_OF.getOrDefault(field, field), message));
        }
    }

    public Report check(Account account, List<UserCsv.Row> rows) {
        Map<String, Site> sites = new HashMap<>();
        em.createQuery("select s from Site s where s.account = :account", Site.class).setParameter("account", account)
                .getResultList().forEach(s -> sites.putIfAbsent(s.getName().trim().toLowerCase(Locale.ROOT), s));
        List<Checked> checked = rows.stream().map(row -> own(row, sites)).toList();
        inAccount(account, checked);
        inFile(checked);

        List<UserImportRow> good = new ArrayList<>();
        List<Complaint> complaints = new ArrayList<>();
        for (Checked c : checked) {
            if (c.complaints.isEmpty()) {
                UserDetails d = c.details;
                good.add(new UserImportRow(c.row.number(), new UserDetails(d.siteId(), d.firstName().trim(),
                        d.lastName().trim(), c.email, c.e164, c.extension, d.profileType(), d.deskPhoneModel(), c.mac)));
            } else {
                // a complaint about the whole row (too few values) first, then the columns' in the file's order: each
                // is listed (one not named by a column was dropped, and the row was in neither the report nor the result)
                c.complaints.forEach((column, message) -> {
                    if (!UserCsv.COLUMNS.contains(column)) {
                        complaints.add(new Complaint(c.row.number(), column, message));
                    }
                });
                UserCsv.COLUMNS.forEach(column -> {
                    String message = c.complaints.get(column);
                    if (message != null) {
                        complaints.add(new Complaint(c.row.number(), column, message));
                    }
                });
            }
        }
        return new Report(rows.size(), good, complaints);
    }

    /** The row's own rules: what Add user checks before it looks at the account. */
    private Checked own(UserCsv.Row row, Map<String, Site> sites) {
        Checked c = new Checked(row);
        Long siteId = null;
        String siteName = row.value(UserCsv.SITE);
        if (siteName != null) {
            Site site = sites.get(siteName.toLowerCase(Locale.ROOT));
            if (site == null) {
                c.complain(UserCsv.SITE, "This account has no location named \"" + siteName + "\".");
            } else {
                siteId = site.getId();
            }
        }
        if (row.valueCount() < UserCsv.COLUMNS.size()) {
            c.complain("row", "The row has " + row.valueCount() + " values; the header has " + UserCsv.COLUMNS.size()
                    + " columns.");
        }
        // a missing required value is blank, as the Add user form sends it, so that it is told it is required
        c.details = new UserDetails(siteName == null ? null : siteId == null ? -1L : siteId, blank(row, UserCsv.FIRST_NAME),
                blank(row, UserCsv.LAST_NAME), blank(row, UserCsv.EMAIL), row.value(UserCsv.BUSINESS_NUMBER),
                blank(row, UserCsv.EXTENSION), ProfileType.ESSENTIALS, row.value(UserCsv.DESK_PHONE_MODEL),
                row.value(UserCsv.DESK_PHONE_MAC));
        try {
            validation.check(c.details);
        } catch (InvalidInputException e) {
            c.complain(e);
        }
        UserDetails d = c.details;
        c.extension = format(c, UserCsv.EXTENSION, () -> Extension.require(d.extension(), "extension"));
        if (d.businessNumber() != null) {
            c.e164 = format(c, UserCsv.BUSINESS_NUMBER, () -> NumberFormat.toE164(d.businessNumber(), "businessNumber"));
        }
        if (d.hasDeskPhone()) {
            c.mac = format(c, UserCsv.DESK_PHONE_MAC, () -> MacAddress.normalise(d.deskPhoneMac(), "deskPhone.macAddress"));
        }
        if (!c.complaints.containsKey(UserCsv.EMAIL)) {
            c.email = d.email().trim();
        }
        return c;
    }

    private static String blank(UserCsv.Row row, String column) {
        String value = row.value(column);
        return value == null ? "" : value;
    }

    /** The normalised value, or null with the row's complaint when the column has one already or this check fails. */
    private static String format(Checked c, String column, java.util.function.Supplier<String> check) {
        if (c.complaints.containsKey(column)) {
            return null;
        }
        try {
            return check.get();
        } catch (BusinessException e) {
            c.complain(e);
            return null;
        }
    }

    /** The account's refusals: extensions taken, numbers not in the inventory or assigned, MACs and emails in use. */
    private void inAccount(Account account, List<Checked> checked) {
        Map<String, DialPlanEntry> taken = lookup(values(checked, c -> c.extension), chunk -> em.createQuery(
                        "select e from DialPlanEntry e where e.account = :account and e.extension in :values",
                        DialPlanEntry.class).setParameter("account", account).setParameter("values", chunk).getResultList(),
                DialPlanEntry::getExtension);
        Map<Long, String> holders = new HashMap<>();
        List<Long> holderIds = taken.values().stream().map(DialPlanEntry::getUserId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        for (List<Long> chunk : InList.chunks(holderIds, IN_LIST)) {
            em.createQuery("select u.id, u.firstName, u.lastName from User u where u.id in :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(r -> holders.put((Long) r[0], r[1] + " " + r[2]));
        }
        Map<String, PhoneNumber> numbers = lookup(values(checked, c -> c.e164), chunk -> em.createQuery(
                        "select n from PhoneNumber n where n.account = :account and n.e164 in :values", PhoneNumber.class)
                .setParameter("account", account).setParameter("values", chunk).getResultList(), PhoneNumber::getE164);
        Map<String, String> macs = lookup(values(checked, c -> c.mac), chunk -> em.createQuery(
                        "select d.macAddress from Device d where d.macAddress in :values", String.class)
                .setParameter("values", chunk).getResultList(), Function.identity());
        Map<String, Object[]> emails = lookup(values(checked, c -> c.email == null ? null : c.email.toLowerCase(Locale.ROOT)),
                chunk -> em.createQuery("select u.searchEmail, u.firstName, u.lastName from User u"
                                + " where u.account = :account and u.searchEmail in :values", Object[].class)
                        .setParameter("account", account).setParameter("values", chunk).getResultList(),
                r -> (String) r[0]);
        for (Checked c : checked) {
            DialPlanEntry entry = c.extension == null ? null : taken.get(c.extension);
            if (entry != null) {
                c.complain(UserCsv.EXTENSION, entry.usedBy(entry.getUserId() == null ? null : holders.get(entry.getUserId())));
            }
            if (c.e164 != null) {
                PhoneNumber number = numbers.get(c.e164);
                if (number == null) {
                    c.complain(Directory.notInInventory(c.e164));
                } else if (number.getStatus() != PhoneNumber.Status.FREE) {
                    c.complain(Directory.alreadyAssigned(c.e164));
                }
            }
            if (c.mac != null && macs.containsKey(c.mac)) {
                c.complain(Directory.duplicateMac(c.mac));
            }
            Object[] holder = c.email == null ? null : emails.get(c.email.toLowerCase(Locale.ROOT));
            if (holder != null) {
                c.complain(Directory.duplicateEmail(c.email, holder[1] + " " + holder[2]));
            }
        }
    }

    /** A value that two rows give is refused on the later one, naming the earlier. */
    private static void inFile(List<Checked> checked) {
        once(checked, UserCsv.EXTENSION, c -> c.extension, "extension");
        once(checked, UserCsv.BUSINESS_NUMBER, c -> c.e164, "business number");
        once(checked, UserCsv.DESK_PHONE_MAC, c -> c.mac, "desk phone MAC address");
        once(checked, UserCsv.EMAIL, c -> c.email == null ? null : c.email.toLowerCase(Locale.ROOT), "email address");
    }

    private static void once(List<Checked> checked, String column, Function<Checked, String> key, String what) {
        Map<String, Integer> first = new HashMap<>();
        for (Checked c : checked) {
            String value = key.apply(c);
            if (value == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(value, c.row.number());
            if (earlier != null) {
                c.complain(column, "Row " + earlier + " has this " + what + " too; each user needs their own.");
            }
        }
    }

    private static List<String> values(List<Checked> checked, Function<Checked, String> key) {
        return checked.stream().map(key).filter(java.util.Objects::nonNull).distinct().toList();
    }

    private static <T> Map<String, T> lookup(List<String> values, Function<List<String>, List<T>> query,
            Function<T, String> keyOf) {
        Map<String, T> found = new HashMap<>();
        for (List<String> chunk : InList.chunks(values, IN_LIST)) {
            query.apply(chunk).forEach(t -> found.putIfAbsent(keyOf.apply(t), t));
        }
        return found;
    }

    static Collection<String> columns() {
        return UserCsv.COLUMNS;
    }
}
