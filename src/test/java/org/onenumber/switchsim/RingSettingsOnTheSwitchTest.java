package org.onenumber.switchsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.MobileApp;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.RingRule;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switchadapter.wire.RingSettings.PreferredDevice;
import org.onenumber.switchadapter.wire.RingTimers;
import org.onenumber.switchadapter.wire.RouteStep;
import org.onenumber.switchadapter.wire.RoutingTrace;
import org.onenumber.switchadapter.wire.SimulateCall;
import org.onenumber.switchadapter.wire.Status;
import org.onenumber.switchadapter.wire.SubscriberState;
import org.onenumber.switchadapter.wire.SwitchClient;

/**
 * What OneNumber sends in a subscriber's ring settings and Mobile App state, as the running switch applies and
 * shows it: ring timers, Route Calls to Cell, rules for the caller at the switch's time, the PIN the mobile client
 * signs in with. The switch's clock stands at Monday 2 March 2026, 10:00 UTC.
 */
class RingSettingsOnTheSwitchTest extends RunningEmulator {

    private static final Instant MONDAY_TEN_UTC = Instant.parse("2026-03-02T10:00:00Z");
    private static final String NUMBER = "+15615550100";
    private static final String BOSS = "+12125550100";
    private static final String MAC = Subscribers.DESK_MAC;
    private static final String CLIENT = Subscribers.CLIENT_ID;
    private static final String CELL = Subscribers.CELL;
    private static final RingRule BOSS_TO_CELL = new RingRule("Boss line", List.of(BOSS, "+13055550100"),
            Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 30), "America/New_York",
            RingRule.Target.CELL, null);
    private static final RingRule NIGHTS_TO_VOICEMAIL = new RingRule(null, List.of(), Set.of(), LocalTime.of(22, 0),
            LocalTime.of(6, 0), null, RingRule.Target.VOICEMAIL, null);
    /** The reader of {@code subscriber <key>} in ConcurrentSubscriberIT. */
    private static final Pattern IT_READER = Pattern.compile(
            "OK version=(\\d+) mobility=(\\S+) mobilityExtension=(\\S+) video=(\\S+) endpoints=(\\S*)(?: \\w+=\\S*)* name=(.*)");

    private AdminConsole console;

    @Override
    SwitchEmulator.Settings settings() {
        return super.settings().withClock(Clock.fixed(MONDAY_TEN_UTC, ZoneOffset.UTC));
    }

    @Test
    void autoPilotRingsForTheSubscribersTimersInTheProductsOrder() throws IOException {
        SwitchClient client = loggedIn();
        console = new AdminConsole(emulator);
        apply(client, "ada", 1, Subscribers.station(NUMBER));
        assertEquals("OK MOBILE_CLIENT " + CLIENT + " start=0 ring=15 NO_ANSWER; DESK " + MAC + " start=15 ring=10"
                + " NO_ANSWER; CELL " + CELL + " start=25 ring=15 NO_ANSWER; VOICEMAIL null start=40 ring=0 VOICEMAIL",
                console.execute("route " + NUMBER));

        apply(client, "ada", 2, Subscribers.with(Subscribers.station(NUMBER), ring(false, new RingTimers(20, 5, 30))));
        assertEquals("OK MOBILE_CLIENT " + CLIENT + " start=0 ring=20 NO_ANSWER; DESK " + MAC + " start=20 ring=5"
                + " NO_ANSWER; VOICEMAIL null start=25 ring=0 VOICEMAIL", console.execute("route " + NUMBER));
        apply(client, "ada", 3, Subscribers.with(Subscribers.station(NUMBER), ring(true, new RingTimers(20, 5, 30))));
        emulator.registerEndpoint(CLIENT, false);
        assertEquals("OK DESK " + MAC + " start=0 ring=5 NO_ANSWER; CELL " + CELL + " start=5 ring=30 NO_ANSWER;"
                + " VOICEMAIL null start=35 ring=0 VOICEMAIL", console.execute("route " + NUMBER));
    }

    @Test
    void aRuleRoutesTheCallsOfItsCallersAtTheSwitchsTime() throws IOException {
        SwitchClient client = loggedIn();
        console = new AdminConsole(emulator);
        apply(client, "ada", 1, withRules(BOSS_TO_CELL));
        // 10:00 UTC is 05:00 in New York: the boss's rule is outside its hours
        assertTrue(console.execute("route " + NUMBER + " " + BOSS).startsWith("OK MOBILE_CLIENT "));

        try (SwitchEmulator afternoon = SwitchEmulator.start(settings()
                .withClock(Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC)))) {
            AdminConsole there = new AdminConsole(afternoon);
            SwitchClient other = SwitchClient.connect("127.0.0.1", afternoon.port(), TIMEOUT, TIMEOUT);
            try (other) {
                assertEquals(Status.OK, other.login("adapter", "secret").status());
                assertEquals(Status.OK, apply(other, "ada", 1, withRules(BOSS_TO_CELL)).status());
                assertEquals("OK CELL " + CELL + " start=0 ring=15 NO_ANSWER; VOICEMAIL null start=15 ring=0 VOICEMAIL",
                        there.execute("route " + NUMBER + " " + BOSS));
                assertTrue(there.execute("route " + NUMBER).startsWith("OK MOBILE_CLIENT "),
                        "the one-argument form is a caller no rule names");
                assertTrue(there.execute("route " + NUMBER + " +14155550100").startsWith("OK MOBILE_CLIENT "));
                RoutingTrace overTheWire = other.send(id -> new SimulateCall(id, NUMBER, BOSS)).body(RoutingTrace.class);
                assertEquals(RouteStep.Target.CELL, overTheWire.steps().get(0).target(), "simulateCall passes the caller");
            }
        }
    }

    @Test
    void forwardAllStillWinsOverARuleOnTheSwitch() throws IOException {
        SwitchClient client = loggedIn();
        console = new AdminConsole(emulator);
        RingRule always = new RingRule("always", List.of(BOSS), Set.of(), null, null, null, RingRule.Target.CELL, null);
        apply(client, "ada", 1, Subscribers.with(withRules(always), CallForwarding.all("+15615550222")));
        assertEquals("OK FORWARD +15615550222 start=0 ring=0 FORWARDED", console.execute("route " + NUMBER + " " + BOSS));
    }

    @Test
    void subscriberShowsWhatOneNumberSentButNeverThePin() throws IOException {
        SwitchClient client = loggedIn();
        console = new AdminConsole(emulator);
        apply(client, "ada", 1, Subscribers.station(NUMBER));
        String endpoints = "endpoints=DESK:" + MAC + ",MOBILE_CLIENT:" + CLIENT + ",CELL:" + CELL;
        assertEquals("OK version=1 mobility=true mobilityExtension=null video=false " + endpoints
                + " preferredDevice=AUTO_PILOT routeToCell=true timers=wifi:15,desk:10,cell:15 rules=none mobileApp=none"
                + " pin=none extension=1001 name=Ada Lovelace", console.execute("subscriber ada"));

        String digest = Subscribers.quickPinDigest("482916");
        SubscriberState full = Subscribers.withMobileApp(Subscribers.with(Subscribers.station(NUMBER),
                new RingSettings(PreferredDevice.AUTO_PILOT, null, 15, false, List.of(), false,
                        new RingTimers(20, 8, 25), List.of(BOSS_TO_CELL, NIGHTS_TO_VOICEMAIL,
                                new RingRule("Assistant", List.of(), Set.of(), null, null, null,
                                        RingRule.Target.NUMBER, "+15615550777")))),
                new MobileApp(false, MobileApp.PhonesToRing.MOBILE, true, MobileApp.OutboundMode.CALL_BACK), digest);
        assertEquals(Status.OK, apply(client, "ada", 2, full).status());
        String shown = console.execute("subscriber ada");

        assertEquals("OK version=2 mobility=true mobilityExtension=null video=false " + endpoints
                + " preferredDevice=AUTO_PILOT routeToCell=false timers=wifi:20,desk:8,cell:25"
                + " rules=Boss%20line[callers=+12125550100/+13055550100,days=MONDAY/FRIDAY,time=09:00-17:30,"
                + "zone=America/New_York]->CELL;-[callers=any,days=any,time=22:00-06:00,zone=UTC]->VOICEMAIL;"
                + "Assistant[callers=any,days=any,time=allday,zone=UTC]->NUMBER:+15615550777"
                + " mobileApp=alertClickToDial:false,phonesToRing:MOBILE,answerConfirmation:true,outboundMode:CALL_BACK"
                + " pin=set extension=1001 name=Ada Lovelace", shown);
        assertFalse(shown.contains("pbkdf2") || shown.contains("482916"), shown);
        Matcher read = IT_READER.matcher(shown);
        assertTrue(read.matches(), "the integration tests still read the reply: " + shown);
        assertEquals("Ada Lovelace", read.group(6));
        assertEquals("DESK:" + MAC + ",MOBILE_CLIENT:" + CLIENT + ",CELL:" + CELL, read.group(5));
    }

    @Test
    void theMobileClientSignsInWithTheCurrentPinOnly() throws IOException {
        SwitchClient client = loggedIn();
        console = new AdminConsole(emulator);
        apply(client, "ada", 1, Subscribers.station(NUMBER));
        assertEquals("ERROR subscriber ada has no PIN set", console.execute("client-login ada 1234"));

        apply(client, "ada", 2, Subscribers.withMobileApp(Subscribers.station(NUMBER), MobileApp.DEFAULTS,
                Subscribers.quickPinDigest("1234")));
        assertEquals("OK", console.execute("client-login ada 1234"));
        assertEquals("OK", console.execute("client-login " + NUMBER + " 1234"), "by business number");
        assertEquals("ERROR wrong PIN for subscriber ada", console.execute("client-login ada 4321"));

        apply(client, "ada", 3, Subscribers.withMobileApp(Subscribers.station(NUMBER), MobileApp.DEFAULTS,
                Subscribers.quickPinDigest("908172")));
        assertEquals("OK", console.execute("client-login ada 908172"), "the new PIN");
        assertEquals("ERROR wrong PIN for subscriber ada", console.execute("client-login ada 1234"), "the old PIN");

        assertEquals("ERROR no subscriber nobody", console.execute("client-login nobody 1234"));
        assertTrue(console.execute("client-login ada").startsWith("ERROR"));
        assertTrue(console.execute("help").contains("client-login <subscriber|businessNumber> <pin>"));
    }

    @Test
    void aPinInsteadOfItsDigestAndBadRulesAreBadRequests() throws IOException {
        SwitchClient client = loggedIn();
        Response plainPin = apply(client, "ada", 1, Subscribers.withMobileApp(Subscribers.station(NUMBER),
                MobileApp.DEFAULTS, "1234"));
        assertEquals(Status.BAD_REQUEST, plainPin.status());
        assertTrue(plainPin.text().contains("not a pbkdf2-sha256 digest"), plainPin.text());

        Response badCaller = apply(client, "ada", 2, withRules(new RingRule("Boss", List.of("boss"), Set.of(), null,
                null, null, RingRule.Target.CELL, null)));
        assertEquals(Status.BAD_REQUEST, badCaller.status());
        assertTrue(badCaller.text().contains("Rule 'Boss' names caller 'boss'"), badCaller.text());

        Response badNumber = apply(client, "ada", 3, withRules(new RingRule("Out", List.of(), Set.of(), null, null,
                null, RingRule.Target.NUMBER, "5550777")));
        assertEquals(Status.BAD_REQUEST, badNumber.status());
        assertTrue(emulator.subscriber("ada").isEmpty(), "none of them was applied");
    }

    private static RingSettings ring(boolean routeToCell, RingTimers timers) {
        return new RingSettings(PreferredDevice.AUTO_PILOT, null, 15, false, List.of(), routeToCell, timers, List.of());
    }

    private static SubscriberState withRules(RingRule... rules) {
        return Subscribers.with(Subscribers.station(NUMBER), new RingSettings(PreferredDevice.AUTO_PILOT, null, 15,
                false, List.of(), true, RingTimers.DEFAULTS, List.of(rules)));
    }
}
