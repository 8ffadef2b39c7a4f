package org.onenumber.demo;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.onenumber.switching.control.TargetChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onenumber.platform.control.ApplicationReady;
import org.onenumber.platform.control.SchemaReady;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.onenumber.account.control.DialPlan;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.AccountDetails;
import org.onenumber.account.entity.Carrier;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.account.entity.ProfileType;
import org.onenumber.mobility.entity.MobilityRouter;
import org.onenumber.mobility.entity.RouterDetails;
import org.onenumber.account.entity.Site;
import org.onenumber.account.entity.SiteDetails;
import org.onenumber.account.entity.User;
import org.onenumber.account.entity.UserDetails;
import org.onenumber.security.control.Passwords;
import org.onenumber.security.entity.Login;
import org.onenumber.security.entity.Role;

/**
 * Demo data for the embedded default only (onenumber.demo-data=true): a carrier with a SOAP client,
 * support, one customer account with two sites and 25 users, its admins and an end user who must
 * change a temporary password; and a second, small carrier to show that tenants stay apart.
 * Loaded once, into an empty database.
 */
@Stateless
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    public static final String CREDENTIALS = """
              SOAP client (carrier Acme Telecom): acme-api / acme-api-secret1
              SOAP client (carrier Northwind):    northwind-api / northwind-secret1
              Support (Acme Telecom, Jo Reyes):   support / Support-2026
              Decision Maker (Globex):            dm / Decision-2026
              Phone Manager (Globex):             pm / Manager-2026
              End user (Ann Lee, temporary):      ann / Welcome-2026
              End user (Maya Young):              maya / Phone-2026-maya
            """;

    /** The person behind the demo support login, as page headers name them. */
    public static final String SUPPORT_NAME = "Jo Reyes";

    private static final String[][] PEOPLE = {
        {"Ann", "Lee"}, {"Bob", "Martinez"}, {"Carla", "Nguyen"}, {"David", "Okafor"}, {"Elena", "Petrova"},
        {"Farid", "Rahman"}, {"Grace", "Smith"}, {"Hiro", "Tanaka"}, {"Ines", "Urquhart"}, {"Jonas", "Vogel"},
        {"Kim", "Walker"}, {"Luis", "Xavier"}, {"Maya", "Young"}, {"Noah", "Zimmer"}, {"Olivia", "Adams"},
        {"Pavel", "Brandt"}, {"Quinn", "Castillo"}, {"Rosa", "Diaz"}, {"Sam", "Ellis"}, {"Tara", "Fischer"},
        {"Umar", "Ghani"}, {"Vera", "Holm"}, {"Will", "Ibsen"}, {"Xena", "Jones"}, {"Yusuf", "Kaya"}};

    private static final ProfileType[] PROFILES = {ProfileType.ESSENTIALS, ProfileType.PREMIER, ProfileType.ELITE, ProfileType.BASIC};

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    DialPlan dialPlan;

    @Inject
    jakarta.enterprise.event.Event<TargetChanged> targetChanged;

    @Inject
    @ConfigProperty(name = "onenumber.demo-data", defaultValue = "false")
    boolean enabled;

    /** Called once the migrations ran, before the application takes requests. */
    public void onSchemaReady(@Observes SchemaReady ready) {
        if (enabled) {
            loadIfEmpty();
        }
    }

    /** The logins under the start-up banner, once the application is ready. */
    public void onApplicationReady(@Observes ApplicationReady ready) {
        if (enabled) {
            LOG.info(() -> "Demo logins:\n" + CREDENTIALS);
        }
    }

    public void loadIfEmpty() {
        if (em.createQuery("select count(c) from Carrier c", Long.class).getSingleResult() > 0) {
            return;
        }
        Carrier acme = persist(new Carrier("Acme Telecom"));
        em.persist(new Login("acme-api", passwords.hash("acme-api-secret1"), false, acme.getId(), null, null, Role.CARRIER_API));
        em.persist(new Login("support", passwords.hash("Support-2026"), false, acme.getId(), null, null, Role.SUPPORT)
                .namedAs(SUPPORT_NAME));

        for (int i = 1; i <= 3; i++) {
            persist(new MobilityRouter(acme, new RouterDetails("SMR" + i, "clientstart.acme.example",
                    "smr" + i + ".acme.example", MobilityRouter.DEFAULT_PORT)));
        }
        Account globex = persist(new Account(acme, new AccountDetails("Globex Corporation", "ACME-10042")));
        Site hq = persist(new Site(globex, new SiteDetails("Headquarters", "100 Main Street", "San Jose", "US", "America/Los_Angeles")));
        Site branch = persist(new Site(globex, new SiteDetails("Branch Office", "20 Congress Avenue", "Austin", "US", "America/Chicago")));
        List<PhoneNumber> numbers = numbers(globex, "+1408555", 0, 40);
        List<User> users = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            String first = PEOPLE[i][0];
            String last = PEOPLE[i][1];
            String extension = String.valueOf(1001 + i);
            UserDetails details = new UserDetails(null, first, last,
                    first.toLowerCase() + "." + last.toLowerCase() + "@globex.example", null, extension, PROFILES[i % 4], null, null);
            User user = persist(new User(globex, i % 3 == 2 ? branch : hq, details, extension));
            dialPlan.claim(globex, extension, "extension", DialPlan.Holder.station(user));
            user.getStation().assignNumber(numbers.get(i));
            if (i % 2 == 0) {
                user.getStation().useDeskPhone(i % 4 == 0 ? "IP485G" : "IP230", String.format("00:10:49:00:%02X:%02X", i / 256, i % 256));
            }
            users.add(user);
        }
        em.persist(new Login("dm", passwords.hash("Decision-2026"), false, acme.getId(), globex.getId(), users.get(1).getId(),
                Role.DECISION_MAKER));
        em.persist(new Login("pm", passwords.hash("Manager-2026"), false, acme.getId(), globex.getId(), users.get(2).getId(),
                Role.PHONE_MANAGER));
        // a second Phone Manager, whose lockout the browser tests try out
        em.persist(new Login("pat", passwords.hash("Manager-2026"), false, acme.getId(), globex.getId(), users.get(3).getId(),
                Role.PHONE_MANAGER));
        em.persist(new Login("ann", passwords.hash("Welcome-2026"), true, acme.getId(), globex.getId(), users.get(0).getId(),
                Role.END_USER));
        // an end user who set their own password, for My Phone
        em.persist(new Login("maya", passwords.hash("Phone-2026-maya"), false, acme.getId(), globex.getId(), users.get(12).getId(),
                Role.END_USER));

        Carrier northwind = persist(new Carrier("Northwind Networks"));
        em.persist(new Login("northwind-api", passwords.hash("northwind-secret1"), false, northwind.getId(), null, null,
                Role.CARRIER_API));
        persist(new MobilityRouter(northwind, new RouterDetails("SMR1", "clientstart.northwind.example",
                "smr1.northwind.example", MobilityRouter.DEFAULT_PORT)));
        Account initech = persist(new Account(northwind, new AccountDetails("Initech", "NW-7")));
        Site office = persist(new Site(initech, new SiteDetails("Main Office", "1 Initech Way", "Dallas", "US", "America/Chicago")));
        List<PhoneNumber> initechNumbers = numbers(initech, "+1214555", 0, 5);
        User peter = persist(new User(initech, office, new UserDetails(null, "Peter", "Gibbons", "peter@initech.example", null,
                "2001", ProfileType.PREMIER, null, null), "2001"));
        dialPlan.claim(initech, "2001", "extension", DialPlan.Holder.station(peter));
        peter.getStation().assignNumber(initechNumbers.get(0));
        em.flush();
        // the switch holds the demo's stations as it would had they come through the API: desired state for each
        for (User user : users) {
            targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        }
        targetChanged.fire(new TargetChanged(peter.getStation().switchTarget()));
        LOG.info("Demo data loaded: carriers Acme Telecom and Northwind Networks, account Globex Corporation with 25 users.");
    }

    private List<PhoneNumber> numbers(Account account, String prefix, int from, int count) {
        List<PhoneNumber> numbers = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            numbers.add(persist(new PhoneNumber(account, prefix + String.format("%04d", 100 + i))));
        }
        return numbers;
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
