package org.onenumber.switchadapter.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.onenumber.switchadapter.wire.RegistrationList.Registration;
import org.onenumber.switchadapter.wire.SwitchEvent.CallStateEvent;
import org.onenumber.switchadapter.wire.SwitchEvent.RegistrationEvent;
import org.onenumber.switchadapter.wire.SwitchEvent.UsageEvent;

class WireCodecTest {

    static final SubscriberState ADA = new SubscriberState("+15615550100", "1001", "Ada <Lovelace> & Co",
            true,
            List.of(new Endpoint(Endpoint.Kind.DESK, "00:10:49:1A:2B:3C"),
                    new Endpoint(Endpoint.Kind.MOBILE_CLIENT, "FEBC00000027"),
                    new Endpoint(Endpoint.Kind.CELL, "+15615550199")),
            new RingSettings(RingSettings.PreferredDevice.CUSTOM, "+15615550777", 20, true,
                    List.of("+15615550111", "+15615550112")),
            new CallForwarding(null, "+15615550222", "+15615550333", 18), false, true);

    static final SubscriberState OFFICE_ANYWHERE_USER = new SubscriberState("+15615550103", "1003", "Grace Hopper",
            false,
            List.of(new Endpoint(Endpoint.Kind.DESK, "00:10:49:1A:2B:3D"),
                    new Endpoint(Endpoint.Kind.OFFICE_ANYWHERE, "+15615550188"),
                    new Endpoint(Endpoint.Kind.OFFICE_ANYWHERE, "+13055550177")),
            RingSettings.of(RingSettings.PreferredDevice.WORK_PHONE), CallForwarding.NONE, false, false, null, false,
            "account-42", "site-7");

    /** Every field the Mobility, ring timer, rules and PIN changes added, set. */
    static final SubscriberState MOBILE_APP_USER = new SubscriberState("+15615550104", "1004", "Ken Thompson", true,
            List.of(new Endpoint(Endpoint.Kind.DESK, "00:10:49:1A:2B:3E"),
                    new Endpoint(Endpoint.Kind.MOBILE_CLIENT, "FEBC00000031"),
                    new Endpoint(Endpoint.Kind.CELL, "+15615550198")),
            new RingSettings(RingSettings.PreferredDevice.AUTO_PILOT, null, 0, false, List.of(), false,
                    new RingTimers(20, 8, 25), List.of(
                            new RingRule("Boss & co <always>", List.of("+12125550100", "+13055550100"),
                                    Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                                    LocalTime.of(17, 30), "America/New_York", RingRule.Target.NUMBER, "+15615550777"),
                            new RingRule(null, List.of(), Set.of(), LocalTime.of(22, 0), LocalTime.of(6, 0), null,
                                    RingRule.Target.VOICEMAIL, null),
                            new RingRule("Cell", List.of(), Set.of(), null, null, null, RingRule.Target.CELL, null))),
            CallForwarding.NONE, false, true, "9004", true, "account-42", "site-7",
            new MobileApp(false, MobileApp.PhonesToRing.MOBILE, true, MobileApp.OutboundMode.CALL_BACK),
            "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");

    static Stream<Message> messages() {
        Instant at = Instant.parse("2025-11-22T10:15:30.123Z");
        return Stream.of(
                new Login("1", "onenumber", "s3cret\"'"),
                new ApplySubscriber("2", "acct-42/1001", 7, ADA),
                new ApplySubscriber("2b", "acct-42/1002", 1, new SubscriberState("+15615550101", null, null, false,
                        List.of(), RingSettings.of(RingSettings.PreferredDevice.AUTO_PILOT), CallForwarding.NONE, true,
                        false)),
                new ApplyPortal("3", "portal-9", 2, new PortalState("+15615550900", "Sales", "7000",
                        PortalState.Scope.SITE, "site-1")),
                new ApplyPortal("3b", "portal-10", 1, new PortalState("+15615550901", null, null,
                        PortalState.Scope.COMPANY, null, "account-42")),
                new ApplySubscriber("3c", "acct-42/1003", 2, OFFICE_ANYWHERE_USER),
                new ApplySubscriber("3d", "acct-42/1004", 5, MOBILE_APP_USER),
                new ApplyAccountMobility("4", "acct-42", 3, new AccountMobility("SMR2", "Sales mobiles", "+15615550800",
                        "+15615550801", "+15615550802", "+15615550803")),
                new RemoveSubscriber("5", "acct-42/1001", 8),
                new RemovePortal("6", "portal-9", 3),
                new MoveCall("7", "cmd-1", "call-3", Device.MOBILE),
                new MoveCall("7b", "cmd-2", "call-3", Device.OFFICE_ANYWHERE),
                new MoveCall("7d", "cmd-3", "call-3", Device.OFFICE_ANYWHERE, "+13055550177"),
                new MoveCall("7e", "cmd-4", "call-3", Device.CELL, "+15615550198"),
                new MoveCall("7f", "cmd-5", "call-3", Device.CELL),
                new PortalCall("7c", "+15615550188", "+15615550901", "+442079460000"),
                new InventoryQuery("8", InventoryQuery.Kind.ENDPOINT, "YWZ0ZXI6eA", 500),
                new InventoryQuery("8b", InventoryQuery.Kind.SUBSCRIBER, null, 1),
                new RegistrationsQuery("9", "acct-42/1001"),
                new ActiveCallsQuery("10", "acct-42/1001"),
                new SimulateCall("11", "+15615550100", "+12125550000"),
                new Subscribe("12", 41),
                new Ack(41),
                Response.of("13", Status.IGNORED_STALE, "Ignored: already at version 9"),
                Response.ok("14", new InventoryPage(List.of(new InventoryItem("DESK:00:10:49:1A:2B:3C", 7, "acct-42/1001"),
                        new InventoryItem("acct-42/1002", 1, null)), "bmV4dA")),
                Response.ok("15", new InventoryPage(List.of(), null)),
                Response.ok("15b", new InventoryPage(List.of(
                        new InventoryItem("MOBILE_CLIENT:FEBC00000027", 4, "station-7", "account-3", null),
                        new InventoryItem("account-3", 9, null, null, new AccountMobility("SMR1", "Globex",
                                "+15615550100", null, "+15615550101", "+15615550102"))), null)),
                Response.ok("16", new RegistrationList("acct-42/1001",
                        List.of(new Registration(new Endpoint(Endpoint.Kind.DESK, "00:10:49:1A:2B:3C"), true),
                                new Registration(new Endpoint(Endpoint.Kind.CELL, "+15615550199"), false)))),
                Response.ok("17", new CallList(List.of(new ActiveCall("call-3", "acct-42/1001", "+12125550000",
                        CallState.HELD, Device.DESK, 4, EnumSet.of(ActiveCall.Flag.BRIDGED, ActiveCall.Flag.TOLL)),
                        new ActiveCall("call-4", "acct-42/1001", null, CallState.CONNECTED, Device.MOBILE, 2, Set.of()),
                        new ActiveCall("call-6", "acct-42/1004", "+12125550100", CallState.CONNECTED, Device.CELL, 2,
                                Set.of())))),
                Response.ok("18", new RoutingTrace("acct-42/1001", List.of(
                        RouteStep.ring(RouteStep.Target.MOBILE_CLIENT, "FEBC00000027", 0, 15),
                        new RouteStep(RouteStep.Target.VOICEMAIL, null, 15, 0, RouteStep.Outcome.VOICEMAIL)))),
                Response.ok("18b", new RoutingTrace("acct-42/1003", List.of(
                        RouteStep.ring(RouteStep.Target.DESK, "00:10:49:1A:2B:3D", 0, 10),
                        RouteStep.ring(RouteStep.Target.OFFICE_ANYWHERE, "+15615550188", 0, 10),
                        new RouteStep(RouteStep.Target.RELEASE, null, 10, 0, RouteStep.Outcome.RELEASED)))),
                new Response("19", Status.OK, "Placed", new PortalCallResult("call-5", "acct-42/1003",
                        "+15615550103", RateClass.INTERNATIONAL)),
                Response.of("20", Status.REFUSED, "No portal has number +15615550999"),
                new Event(4, at, new CallStateEvent("acct-42/1003", "call-5", CallState.CONNECTED,
                        Device.OFFICE_ANYWHERE)),
                new Event(5, at, new UsageEvent("acct-42/1003", "call-5", 61, true, "+442079460000",
                        RateClass.INTERNATIONAL, "+15615550901")),
                new Event(1, at, new RegistrationEvent("acct-42/1001", new Endpoint(Endpoint.Kind.MOBILE_CLIENT,
                        "FEBC00000027"), true)),
                new Event(2, at, new CallStateEvent("acct-42/1001", "call-3", CallState.RINGING, Device.DESK)),
                new Event(6, at, new CallStateEvent("acct-42/1004", "call-6", CallState.CONNECTED, Device.CELL)),
                new Event(3, at, new UsageEvent("acct-42/1001", "call-3", 125, true)));
    }

    @ParameterizedTest
    @MethodSource("messages")
    void everyMessageSurvivesARoundTrip(Message message) throws WireFormatException {
        assertEquals(message, WireCodec.decode(WireCodec.encode(message)));
    }

    @Test
    void anInventoryItemWithTwoSettingsIsRefused() {
        String xml = "<response id=\"1\" status=\"200\" text=\"OK\"><inventoryPage><item key=\"account-1\" version=\"1\">"
                + "<accountMobility groupName=\"a\"/><accountMobility groupName=\"b\"/></item></inventoryPage></response>";
        assertThrows(WireFormatException.class, () -> WireCodec.decode(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void documentsAreReadableXml() {
        String xml = new String(WireCodec.encode(new MoveCall("7", "cmd-1", "call-3", Device.DESK)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.contains("<moveCall id=\"7\" commandId=\"cmd-1\" callId=\"call-3\" target=\"DESK\""), xml);
    }

    @Test
    void officeAnywhereAttributesAreWrittenAsDocumented() {
        String subscriber = new String(WireCodec.encode(new ApplySubscriber("1", "s", 1, OFFICE_ANYWHERE_USER)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(subscriber.contains(" account=\"account-42\" site=\"site-7\""), subscriber);
        assertTrue(subscriber.contains("<endpoint kind=\"OFFICE_ANYWHERE\" address=\"+15615550188\""), subscriber);
        String call = new String(WireCodec.encode(new PortalCall("2", "+15615550188", "+15615550901", "+13125550000")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(call.contains("<portalCall id=\"2\" from=\"+15615550188\" portal=\"+15615550901\""
                + " to=\"+13125550000\""), call);
        String result = new String(WireCodec.encode(Response.ok("3", new PortalCallResult("call-1", "s",
                "+15615550103", RateClass.LONG_DISTANCE))), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(result.contains("<portalCallResult callId=\"call-1\" subscriber=\"s\" callerId=\"+15615550103\""
                + " rateClass=\"LONG_DISTANCE\""), result);
        String usage = new String(WireCodec.encode(new Event(1, Instant.EPOCH, new UsageEvent("s", "call-1", 5, true,
                "+13125550000", RateClass.LONG_DISTANCE, "+15615550901"))), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(usage.contains(" toll=\"true\" destination=\"+13125550000\" rateClass=\"LONG_DISTANCE\""
                + " portal=\"+15615550901\""), usage);
    }

    @Test
    void framesFromBeforeOfficeAnywhereStillDecode() throws WireFormatException {
        ApplySubscriber subscriber = (ApplySubscriber) WireCodec.decode("""
                <applySubscriber id="1" subscriber="s" version="1" businessNumber="+15615550100">
                  <ring preferredDevice="WORK_PHONE"/>
                </applySubscriber>""");
        assertNull(subscriber.state().account());
        assertNull(subscriber.state().site());
        ApplyPortal portal = (ApplyPortal) WireCodec.decode(
                "<applyPortal id=\"2\" portal=\"p\" version=\"1\" number=\"+15615550900\" scope=\"COMPANY\"/>");
        assertEquals(new PortalState("+15615550900", null, null, PortalState.Scope.COMPANY, null), portal.state());
        assertNull(portal.state().account());
        Event usage = (Event) WireCodec.decode("<event seq=\"3\" time=\"2025-11-22T10:15:30Z\" subscriber=\"s\""
                + " type=\"USAGE\" callId=\"call-1\" seconds=\"12\" toll=\"true\"/>");
        assertEquals(new UsageEvent("s", "call-1", 12, true), usage.body());
        assertEquals(new UsageEvent("s", "call-1", 12, true, null, null, null), usage.body());
    }

    @Test
    void ringTimersRulesTheMobileAppAndThePinDigestAreWrittenAsDocumented() {
        String xml = new String(WireCodec.encode(new ApplySubscriber("1", "s", 1, MOBILE_APP_USER)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.contains(" pinDigest=\"pbkdf2-sha256$600000$"), xml);
        assertTrue(xml.contains(" routeToCell=\"false\" wifiSeconds=\"20\" deskSeconds=\"8\" cellSeconds=\"25\""), xml);
        assertTrue(xml.contains("<rule name=\"Boss &amp; co &lt;always"), xml);
        assertTrue(xml.contains(" callers=\"+12125550100 +13055550100\""
                + " days=\"MONDAY FRIDAY\" from=\"09:00\" until=\"17:30\" zone=\"America/New_York\" target=\"NUMBER\""
                + " number=\"+15615550777\""), xml);
        assertTrue(xml.contains("<mobileApp alertClickToDial=\"false\" phonesToRing=\"MOBILE\""
                + " answerConfirmation=\"true\" outboundMode=\"CALL_BACK\""), xml);
        String move = new String(WireCodec.encode(new MoveCall("2", "cmd-1", "call-3", Device.CELL, "+15615550198")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(move.contains(" target=\"CELL\" address=\"+15615550198\""), move);
    }

    @Test
    void framesFromBeforeRingTimersAndRulesGetTheDefaults() throws WireFormatException {
        ApplySubscriber subscriber = (ApplySubscriber) WireCodec.decode("""
                <applySubscriber id="1" subscriber="s" version="1" businessNumber="+15615550100">
                  <ring preferredDevice="AUTO_PILOT"/>
                </applySubscriber>""");
        RingSettings ring = subscriber.state().ring();
        assertTrue(ring.routeToCell());
        assertEquals(RingTimers.DEFAULTS, ring.timers());
        assertEquals(List.of(), ring.rules());
        assertNull(subscriber.state().mobileApp());
        assertNull(subscriber.state().pinDigest());
        MoveCall move = (MoveCall) WireCodec.decode("<moveCall id=\"2\" commandId=\"c\" callId=\"x\" target=\"DESK\"/>");
        assertNull(move.address());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<ring preferredDevice=\"AUTO_PILOT\" wifiSeconds=\"0\"/>",
        "<ring preferredDevice=\"AUTO_PILOT\" deskSeconds=\"-10\"/>",
        "<ring preferredDevice=\"AUTO_PILOT\" cellSeconds=\"ten\"/>",
        "<ring preferredDevice=\"AUTO_PILOT\" routeToCell=\"yes\"/>",
        "<ring preferredDevice=\"AUTO_PILOT\"><rule target=\"NUMBER\"/></ring>",
        "<ring preferredDevice=\"AUTO_PILOT\"><rule target=\"CELL\" number=\"+15615550777\"/></ring>",
        "<ring preferredDevice=\"AUTO_PILOT\"><rule target=\"CELL\" from=\"09:00\"/></ring>",
        "<ring preferredDevice=\"AUTO_PILOT\"><rule target=\"CELL\" from=\"09:00\" until=\"25:00\"/></ring>",
        "<ring preferredDevice=\"AUTO_PILOT\"><rule target=\"CELL\" days=\"MON\"/></ring>",
        "<ring preferredDevice=\"AUTO_PILOT\"><rule target=\"CELL\" zone=\"Mars/Olympus_Mons\"/></ring>",
        "<ring preferredDevice=\"AUTO_PILOT\"><rule target=\"SOFA\"/></ring>",
        "<ring preferredDevice=\"AUTO_PILOT\"><rule name=\"no target\"/></ring>"
    })
    void badTimersAndBadRulesAreRefusedWithTheRequestId(String ring) {
        String xml = "<applySubscriber id=\"7\" subscriber=\"s\" version=\"1\">" + ring + "</applySubscriber>";
        WireFormatException e = assertThrows(WireFormatException.class, () -> WireCodec.decode(xml), xml);
        assertEquals("7", e.requestId(), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<mobileApp phonesToRing=\"BOTH\"/>",
        "<mobileApp phonesToRing=\"ALL\" outboundMode=\"VOIP\"/>",
        "<mobileApp phonesToRing=\"BOTH\" outboundMode=\"VOIP\" alertClickToDial=\"maybe\"/>"
    })
    void badMobileAppSettingsAreRefusedWithTheRequestId(String mobileApp) {
        String xml = "<applySubscriber id=\"7\" subscriber=\"s\" version=\"1\">"
                + "<ring preferredDevice=\"AUTO_PILOT\"/>" + mobileApp + "</applySubscriber>";
        WireFormatException e = assertThrows(WireFormatException.class, () -> WireCodec.decode(xml), xml);
        assertEquals("7", e.requestId(), e.getMessage());
    }

    @Test
    void theDocumentedExampleDecodes() throws WireFormatException {
        Message message = WireCodec.decode("""
                <applySubscriber id="2" subscriber="acct-42/1001" version="7" businessNumber="+15615550100"
                    extension="1001" displayName="Ada Lovelace" mobility="true" voicemail="true">
                  <endpoint kind="DESK" address="00:10:49:1A:2B:3C"/>
                  <endpoint kind="MOBILE_CLIENT" address="FEBC00000027"/>
                  <ring preferredDevice="AUTO_PILOT"/>
                </applySubscriber>""");
        ApplySubscriber apply = (ApplySubscriber) message;
        assertEquals(7, apply.version());
        assertEquals(2, apply.state().endpoints().size());
        assertEquals(CallForwarding.NONE, apply.state().forwarding());
        assertEquals(RingSettings.DEFAULT_RING_NO_ANSWER_SECONDS, apply.state().ring().ringNoAnswerSeconds());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<moveCall id=\"7\" commandId=\"c\" target=\"DESK\"/>",
        "<moveCall id=\"7\" commandId=\"c\" callId=\"x\" target=\"SOFA\"/>",
        "<portalCall id=\"7\" from=\"+15615550188\" portal=\"+15615550901\"/>",
        "<response id=\"7\" status=\"200\"><portalCallResult callId=\"c\" subscriber=\"s\" callerId=\"+1\""
                + " rateClass=\"PREMIUM\"/></response>",
        "<subscribe id=\"7\" fromSequence=\"ten\"/>",
        "<inventory id=\"7\" kind=\"SUBSCRIBER\" pageSize=\"99999999999\"/>",
        "<applySubscriber id=\"7\" subscriber=\"s\" version=\"1\" businessNumber=\"+1\"/>",
        "<response id=\"7\" status=\"299\"/>",
        "<teleport id=\"7\"/>",
        "<moveCall id=\"7\" commandId=\"c\" callId=\"x\" target=\"DESK\">"
    })
    void malformedMessagesFailWithTheRequestId(String xml) {
        WireFormatException e = assertThrows(WireFormatException.class, () -> WireCodec.decode(xml));
        assertEquals("7", e.requestId(), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not xml at all", "<?xml version=\"1.0\"?>"})
    void nonXmlFailsWithoutARequestId(String text) {
        WireFormatException e = assertThrows(WireFormatException.class, () -> WireCodec.decode(text));
        assertNull(e.requestId());
    }

    @Test
    void refusesDocumentTypeDeclarations() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE login [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<login id=\"1\" user=\"&x;\" password=\"p\"/>";
        assertThrows(WireFormatException.class, () -> WireCodec.decode(xxe));
    }
}
