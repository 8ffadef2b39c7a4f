package org.onenumber.switchadapter.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.onenumber.switchadapter.wire.SwitchEvent.CallStateEvent;
import org.onenumber.switchadapter.wire.SwitchEvent.RegistrationEvent;
import org.onenumber.switchadapter.wire.SwitchEvent.UsageEvent;

/**
 * Maps messages to and from their XML documents (see the package documentation for each element). Only
 * the JDK's StAX is used, so the resource adapter that shares this class needs no XML binding library.
 * Absent optional values are left out rather than written empty; unknown attributes are ignored, so a
 * newer peer may add some without breaking an older one.
 */
public final class WireCodec {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private WireCodec() {
    }

    /** Encodes and writes one message as a frame. */
    public static void write(OutputStream out, Message message) throws IOException {
        Frames.write(out, encode(message));
    }

    /** Reads and decodes one frame, or returns null at a clean end of stream. */
    public static Message read(InputStream in) throws IOException {
        byte[] frame = Frames.read(in);
        return frame == null ? null : decode(frame);
    }

    public static byte[] encode(Message message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            new Writer(xml).message(message);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot encode " + message.getClass().getSimpleName(), e);
        }
        return bytes.toByteArray();
    }

    public static Message decode(byte[] frame) throws WireFormatException {
        XmlElement root = XmlElement.parse(frame);
        try {
            return Reader.message(root);
        } catch (IllegalArgumentException e) {
            throw root.invalid(String.valueOf(e.getMessage()));
        }
    }

    /** Decodes text; for tests and tools that hold a message as a string. */
    public static Message decode(String xml) throws WireFormatException {
        return decode(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static final class Writer {

        private final XMLStreamWriter xml;

        Writer(XMLStreamWriter xml) {
            this.xml = xml;
        }

        void message(Message message) throws XMLStreamException {
            if (message instanceof Login m) {
                request("login", m);
                attr("user", m.user());
                attr("password", m.password());
                end();
            } else if (message instanceof ApplySubscriber m) {
                request("applySubscriber", m);
                attr("subscriber", m.subscriber());
                attr("version", m.version());
                subscriberState(m.state());
                end();
            } else if (message instanceof ApplyPortal m) {
                request("applyPortal", m);
                attr("portal", m.portal());
                attr("version", m.version());
                PortalState s = m.state();
                attr("number", s.number());
                attr("name", s.name());
                attr("extension", s.extension());
                attr("scope", s.scope());
                attr("site", s.site());
                attr("account", s.account());
                end();
            } else if (message instanceof ApplyAccountMobility m) {
                request("applyAccountMobility", m);
                attr("account", m.account());
                attr("version", m.version());
                AccountMobility a = m.mobility();
                attr("mobilityRouter", a.mobilityRouter());
                attr("groupName", a.groupName());
                attr("voicemailAccessNumber", a.voicemailAccessNumber());
                attr("accessNumber", a.accessNumber());
                attr("reverseDialNumber", a.reverseDialNumber());
                attr("handoverNumber", a.handoverNumber());
                end();
            } else if (message instanceof RemoveSubscriber m) {
                request("removeSubscriber", m);
                attr("subscriber", m.subscriber());
                attr("version", m.version());
                end();
            } else if (message instanceof RemovePortal m) {
                request("removePortal", m);
                attr("portal", m.portal());
                attr("version", m.version());
                end();
            } else if (message instanceof MoveCall m) {
                request("moveCall", m);
                attr("commandId", m.commandId());
                attr("callId", m.callId());
                attr("target", m.target());
                attr("address", m.address());
                end();
            } else if (message instanceof PortalCall m) {
                request("portalCall", m);
                attr("from", m.from());
                attr("portal", m.portal());
                attr("to", m.to());
                end();
            } else if (message instanceof InventoryQuery m) {
                request("inventory", m);
                attr("kind", m.kind());
                attr("cursor", m.cursor());
                attr("pageSize", m.pageSize());
                end();
            } else if (message instanceof RegistrationsQuery m) {
                request("registrations", m);
                attr("subscriber", m.subscriber());
                end();
            } else if (message instanceof ActiveCallsQuery m) {
                request("activeCalls", m);
                attr("subscriber", m.subscriber());
                end();
            } else if (message instanceof SimulateCall m) {
                request("simulateCall", m);
                attr("to", m.to());
                attr("from", m.from());
                end();
            } else if (message instanceof Subscribe m) {
                request("subscribe", m);
                attr("fromSequence", m.fromSequence());
                end();
            } else if (message instanceof Ack m) {
                xml.writeStartElement("ack");
                attr("seq", m.seq());
                end();
            } else if (message instanceof Response m) {
                response(m);
            } else if (message instanceof Event m) {
                event(m);
            } else {
                throw new IllegalArgumentException("Not a message: " + message);
            }
        }

        private void request(String element, Request request) throws XMLStreamException {
            xml.writeStartElement(element);
            attr("id", request.id());
        }

        private void subscriberState(SubscriberState s) throws XMLStreamException {
            attr("businessNumber", s.businessNumber());
            attr("extension", s.extension());
            attr("displayName", s.displayName());
            attr("mobility", s.mobilityEnabled());
            attr("doNotDisturb", s.doNotDisturb());
            attr("voicemail", s.voicemail());
            attr("mobilityExtension", s.mobilityExtension());
            attr("video", s.video());
            attr("account", s.account());
            attr("site", s.site());
            attr("pinDigest", s.pinDigest());
            for (Endpoint endpoint : s.endpoints()) {
                xml.writeStartElement("endpoint");
                attr("kind", endpoint.kind());
                attr("address", endpoint.address());
                end();
            }
            RingSettings ring = s.ring();
            xml.writeStartElement("ring");
            attr("preferredDevice", ring.preferredDevice());
            attr("customNumber", ring.customNumber());
            attr("ringNoAnswerSeconds", ring.ringNoAnswerSeconds());
            attr("simultaneousRing", ring.simultaneousRing());
            attr("routeToCell", ring.routeToCell());
            attr("wifiSeconds", ring.timers().wifiSeconds());
            attr("deskSeconds", ring.timers().deskSeconds());
            attr("cellSeconds", ring.timers().cellSeconds());
            if (ring.simultaneousRingQuietWhenBusy()) {
                attr("quietWhenBusy", true);
            }
            for (String number : ring.simultaneousNumbers()) {
                xml.writeStartElement("number");
                xml.writeCharacters(number);
                end();
            }
            for (RingRule rule : ring.rules()) {
                xml.writeStartElement("rule");
                attr("name", rule.name());
                attr("callers", rule.callers().isEmpty() ? null : String.join(" ", rule.callers()));
                attr("days", rule.days().isEmpty() ? null : rule.days().stream().sorted().map(Enum::name)
                        .collect(java.util.stream.Collectors.joining(" ")));
                attr("from", rule.from() == null ? null : rule.from().toString());
                attr("until", rule.until() == null ? null : rule.until().toString());
                attr("zone", rule.zone());
                attr("target", rule.target());
                attr("number", rule.number());
                end();
            }
            end();
            if (s.mobileApp() != null) {
                MobileApp app = s.mobileApp();
                xml.writeStartElement("mobileApp");
                attr("alertClickToDial", app.alertClickToDial());
                attr("phonesToRing", app.phonesToRing());
                attr("answerConfirmation", app.answerConfirmation());
                attr("outboundMode", app.outboundMode());
                end();
            }
            CallForwarding forwarding = s.forwarding();
            xml.writeStartElement("forwarding");
            attr("all", forwarding.all());
            attr("busy", forwarding.busy());
            attr("noReply", forwarding.noReply());
            attr("noReplySeconds", forwarding.noReplySeconds());
            end();
        }

        private void response(Response m) throws XMLStreamException {
            xml.writeStartElement("response");
            attr("id", m.id());
            attr("status", m.status().code());
            attr("text", m.text());
            ResponseBody body = m.body();
            if (body == null) {
                end();
                return;
            }
            if (body instanceof InventoryPage page) {
                xml.writeStartElement("inventoryPage");
                attr("nextCursor", page.nextCursor());
                for (InventoryItem item : page.items()) {
                    xml.writeStartElement("item");
                    attr("key", item.key());
                    attr("version", item.version());
                    attr("owner", item.owner());
                    attr("account", item.account());
                    AccountMobility a = item.mobility();
                    if (a != null) {
                        xml.writeStartElement("accountMobility");
                        attr("mobilityRouter", a.mobilityRouter());
                        attr("groupName", a.groupName());
                        attr("voicemailAccessNumber", a.voicemailAccessNumber());
                        attr("accessNumber", a.accessNumber());
                        attr("reverseDialNumber", a.reverseDialNumber());
                        attr("handoverNumber", a.handoverNumber());
                        end();
                    }
                    end();
                }
                end();
            } else if (body instanceof RegistrationList list) {
                xml.writeStartElement("registrationList");
                attr("subscriber", list.subscriber());
                for (RegistrationList.Registration r : list.registrations()) {
                    xml.writeStartElement("endpoint");
                    attr("kind", r.endpoint().kind());
                    attr("address", r.endpoint().address());
                    attr("registered", r.registered());
                    end();
                }
                end();
            } else if (body instanceof CallList list) {
                xml.writeStartElement("callList");
                for (ActiveCall call : list.calls()) {
                    xml.writeStartElement("call");
                    attr("callId", call.callId());
                    attr("subscriber", call.subscriber());
                    attr("from", call.from());
                    attr("state", call.state());
                    attr("device", call.device());
                    attr("parties", call.parties());
                    if (!call.flags().isEmpty()) {
                        attr("flags", call.flags().stream().map(Enum::name).sorted()
                                .collect(Collectors.joining(" ")));
                    }
                    end();
                }
                end();
            } else if (body instanceof RoutingTrace trace) {
                xml.writeStartElement("routingTrace");
                attr("subscriber", trace.subscriber());
                for (RouteStep step : trace.steps()) {
                    xml.writeStartElement("step");
                    attr("target", step.target());
                    attr("address", step.address());
                    attr("start", step.startSecond());
                    attr("ring", step.ringSeconds());
                    attr("outcome", step.outcome());
                    end();
                }
                end();
            } else if (body instanceof PortalCallResult result) {
                xml.writeStartElement("portalCallResult");
                attr("callId", result.callId());
                attr("subscriber", result.subscriber());
                attr("callerId", result.callerId());
                attr("rateClass", result.rateClass());
                end();
            }
            end();
        }

        private void event(Event m) throws XMLStreamException {
            xml.writeStartElement("event");
            attr("seq", m.seq());
            attr("time", m.time().toString());
            SwitchEvent body = m.body();
            attr("subscriber", body.subscriber());
            if (body instanceof RegistrationEvent e) {
                attr("type", "REGISTRATION");
                attr("endpointKind", e.endpoint().kind());
                attr("endpoint", e.endpoint().address());
                attr("registered", e.registered());
            } else if (body instanceof CallStateEvent e) {
                attr("type", "CALL_STATE");
                attr("callId", e.callId());
                attr("state", e.state());
                attr("device", e.device());
            } else if (body instanceof UsageEvent e) {
                attr("type", "USAGE");
                attr("callId", e.callId());
                attr("seconds", e.seconds());
                attr("toll", e.toll());
                attr("destination", e.destination());
                attr("rateClass", e.rateClass());
                attr("portal", e.portal());
            }
            end();
        }

        private void attr(String name, Object value) throws XMLStreamException {
            if (value != null) {
                xml.writeAttribute(name, value instanceof Enum<?> e ? e.name() : value.toString());
            }
        }

        private void end() throws XMLStreamException {
            xml.writeEndElement();
        }
    }

    private static final class Reader {

        private Reader() {
        }

        static Message message(XmlElement e) throws WireFormatException {
            return switch (e.name) {
                case "login" -> new Login(e.required("id"), e.required("user"), e.required("password"));
                case "applySubscriber" -> new ApplySubscriber(e.required("id"), e.required("subscriber"),
                        e.requiredLong("version"), subscriberState(e));
                case "applyPortal" -> new ApplyPortal(e.required("id"), e.required("portal"), e.requiredLong("version"),
                        new PortalState(e.required("number"), e.optional("name"), e.optional("extension"),
                                e.requiredEnum("scope", PortalState.Scope.class), e.optional("site"),
                                e.optional("account")));
                case "applyAccountMobility" -> new ApplyAccountMobility(e.required("id"), e.required("account"),
                        e.requiredLong("version"), new AccountMobility(e.optional("mobilityRouter"),
                                e.optional("groupName"), e.optional("voicemailAccessNumber"), e.optional("accessNumber"),
                                e.optional("reverseDialNumber"), e.optional("handoverNumber")));
                case "removeSubscriber" -> new RemoveSubscriber(e.required("id"), e.required("subscriber"),
                        e.requiredLong("version"));
                case "removePortal" -> new RemovePortal(e.required("id"), e.required("portal"), e.requiredLong("version"));
                case "moveCall" -> new MoveCall(e.required("id"), e.required("commandId"), e.required("callId"),
                        e.requiredEnum("target", Device.class), e.optional("address"));
                case "portalCall" -> new PortalCall(e.required("id"), e.required("from"), e.required("portal"),
                        e.required("to"));
                case "inventory" -> new InventoryQuery(e.required("id"), e.requiredEnum("kind", InventoryQuery.Kind.class),
                        e.optional("cursor"), e.requiredInt("pageSize"));
                case "registrations" -> new RegistrationsQuery(e.required("id"), e.required("subscriber"));
                case "activeCalls" -> new ActiveCallsQuery(e.required("id"), e.required("subscriber"));
                case "simulateCall" -> new SimulateCall(e.required("id"), e.required("to"), e.optional("from"));
                case "subscribe" -> new Subscribe(e.required("id"), e.requiredLong("fromSequence"));
                case "ack" -> new Ack(e.requiredLong("seq"));
                case "response" -> response(e);
                case "event" -> event(e);
                default -> throw e.invalid("unknown message type");
            };
        }

        private static SubscriberState subscriberState(XmlElement e) throws WireFormatException {
            List<Endpoint> endpoints = new ArrayList<>();
            for (XmlElement endpoint : e.children("endpoint")) {
                endpoints.add(endpoint(endpoint));
            }
            XmlElement ring = e.child("ring");
            if (ring == null) {
                throw e.invalid("element <ring> is required");
            }
            List<String> numbers = new ArrayList<>();
            for (XmlElement number : ring.children("number")) {
                if (number.text().isEmpty()) {
                    throw number.invalid("a simultaneous ring number must not be empty");
                }
                numbers.add(number.text());
            }
            List<RingRule> rules = new ArrayList<>();
            for (XmlElement rule : ring.children("rule")) {
                rules.add(rule(rule));
            }
            RingTimers timers;
            try {
                timers = new RingTimers(ring.optionalInt("wifiSeconds", RingTimers.DEFAULTS.wifiSeconds()),
                        ring.optionalInt("deskSeconds", RingTimers.DEFAULTS.deskSeconds()),
                        ring.optionalInt("cellSeconds", RingTimers.DEFAULTS.cellSeconds()));
            } catch (IllegalArgumentException bad) {
                throw ring.invalid(bad.getMessage());
            }
            RingSettings ringSettings = new RingSettings(
                    ring.requiredEnum("preferredDevice", RingSettings.PreferredDevice.class),
                    ring.optional("customNumber"),
                    ring.optionalInt("ringNoAnswerSeconds", RingSettings.DEFAULT_RING_NO_ANSWER_SECONDS),
                    ring.bool("simultaneousRing"), numbers, ring.optional("routeToCell") == null || ring.bool("routeToCell"),
                    timers, rules, ring.bool("quietWhenBusy"));
            XmlElement app = e.child("mobileApp");
            MobileApp mobileApp = app == null ? null : new MobileApp(app.bool("alertClickToDial"),
                    app.requiredEnum("phonesToRing", MobileApp.PhonesToRing.class), app.bool("answerConfirmation"),
                    app.requiredEnum("outboundMode", MobileApp.OutboundMode.class));
            XmlElement forwarding = e.child("forwarding");
            CallForwarding callForwarding = forwarding == null ? CallForwarding.NONE
                    : new CallForwarding(forwarding.optional("all"), forwarding.optional("busy"),
                            forwarding.optional("noReply"),
                            forwarding.optionalInt("noReplySeconds", CallForwarding.DEFAULT_NO_REPLY_SECONDS));
            return new SubscriberState(e.optional("businessNumber"), e.optional("extension"), e.optional("displayName"),
                    e.bool("mobility"), endpoints, ringSettings, callForwarding, e.bool("doNotDisturb"),
                    e.bool("voicemail"), e.optional("mobilityExtension"), e.bool("video"), e.optional("account"),
                    e.optional("site"), mobileApp, e.optional("pinDigest"));
        }

        private static RingRule rule(XmlElement e) throws WireFormatException {
            String callers = e.optional("callers");
            String days = e.optional("days");
            try {
                java.util.Set<java.time.DayOfWeek> daySet = new java.util.HashSet<>();
                if (days != null) {
                    for (String day : days.split(" ")) {
                        daySet.add(java.time.DayOfWeek.valueOf(day));
                    }
                }
                String from = e.optional("from");
                String until = e.optional("until");
                String zone = e.optional("zone");
                if (zone != null) {
                    java.time.ZoneId.of(zone);
                }
                return new RingRule(e.optional("name"), callers == null ? List.of() : List.of(callers.split(" ")), daySet,
                        from == null ? null : java.time.LocalTime.parse(from),
                        until == null ? null : java.time.LocalTime.parse(until), zone,
                        e.requiredEnum("target", RingRule.Target.class), e.optional("number"));
            } catch (RuntimeException bad) {
                throw e.invalid("not a valid rule: " + bad.getMessage());
            }
        }

        private static Endpoint endpoint(XmlElement e) throws WireFormatException {
            return new Endpoint(e.requiredEnum("kind", Endpoint.Kind.class), e.required("address"));
        }

        private static Response response(XmlElement e) throws WireFormatException {
            int code = e.requiredInt("status");
            Status status;
            try {
                status = Status.ofCode(code);
            } catch (IllegalArgumentException unknown) {
                throw e.invalid("unknown status code " + code);
            }
            if (e.children.size() > 1) {
                throw e.invalid("a response carries at most one body element");
            }
            ResponseBody body = null;
            if (!e.children.isEmpty()) {
                XmlElement only = e.children.get(0);
                only.inherit(e);
                body = body(only);
            }
            return new Response(e.required("id"), status, e.optional("text"), body);
        }

        private static ResponseBody body(XmlElement b) throws WireFormatException {
            switch (b.name) {
                case "inventoryPage" -> {
                    List<InventoryItem> items = new ArrayList<>();
                    for (XmlElement item : b.children("item")) {
                        List<XmlElement> settings = item.children("accountMobility");
                        AccountMobility mobility = null;
                        if (settings.size() > 1) {
                            throw new WireFormatException("An inventory item carries at most one accountMobility");
                        } else if (settings.size() == 1) {
                            XmlElement a = settings.get(0);
                            mobility = new AccountMobility(a.optional("mobilityRouter"), a.optional("groupName"),
                                    a.optional("voicemailAccessNumber"), a.optional("accessNumber"),
                                    a.optional("reverseDialNumber"), a.optional("handoverNumber"));
                        }
                        items.add(new InventoryItem(item.required("key"), item.requiredLong("version"),
                                item.optional("owner"), item.optional("account"), mobility));
                    }
                    return new InventoryPage(items, b.optional("nextCursor"));
                }
                case "registrationList" -> {
                    List<RegistrationList.Registration> registrations = new ArrayList<>();
                    for (XmlElement endpoint : b.children("endpoint")) {
                        registrations.add(new RegistrationList.Registration(endpoint(endpoint),
                                endpoint.bool("registered")));
                    }
                    return new RegistrationList(b.required("subscriber"), registrations);
                }
                case "callList" -> {
                    List<ActiveCall> calls = new ArrayList<>();
                    for (XmlElement call : b.children("call")) {
                        calls.add(new ActiveCall(call.required("callId"), call.required("subscriber"),
                                call.optional("from"), call.requiredEnum("state", CallState.class),
                                call.requiredEnum("device", Device.class), call.requiredInt("parties"), flags(call)));
                    }
                    return new CallList(calls);
                }
                case "routingTrace" -> {
                    List<RouteStep> steps = new ArrayList<>();
                    for (XmlElement step : b.children("step")) {
                        steps.add(new RouteStep(step.requiredEnum("target", RouteStep.Target.class),
                                step.optional("address"), step.requiredInt("start"), step.requiredInt("ring"),
                                step.requiredEnum("outcome", RouteStep.Outcome.class)));
                    }
                    return new RoutingTrace(b.required("subscriber"), steps);
                }
                case "portalCallResult" -> {
                    return new PortalCallResult(b.required("callId"), b.required("subscriber"),
                            b.required("callerId"), b.requiredEnum("rateClass", RateClass.class));
                }
                default -> throw b.invalid("unknown response body");
            }
        }

        private static Set<ActiveCall.Flag> flags(XmlElement call) throws WireFormatException {
            String value = call.optional("flags");
            Set<ActiveCall.Flag> flags = EnumSet.noneOf(ActiveCall.Flag.class);
            if (value != null) {
                for (String flag : value.trim().split("\\s+")) {
                    flags.add(call.toEnum("flags", flag, ActiveCall.Flag.class));
                }
            }
            return flags;
        }

        private static Event event(XmlElement e) throws WireFormatException {
            Instant time;
            try {
                time = Instant.parse(e.required("time"));
            } catch (DateTimeParseException bad) {
                throw e.invalid("attribute 'time' is not an ISO-8601 instant");
            }
            String subscriber = e.required("subscriber");
            SwitchEvent body = switch (e.required("type")) {
                case "REGISTRATION" -> new RegistrationEvent(subscriber,
                        new Endpoint(e.requiredEnum("endpointKind", Endpoint.Kind.class), e.required("endpoint")),
                        e.bool("registered"));
                case "CALL_STATE" -> new CallStateEvent(subscriber, e.required("callId"),
                        e.requiredEnum("state", CallState.class), e.requiredEnum("device", Device.class));
                case "USAGE" -> new UsageEvent(subscriber, e.required("callId"), e.requiredLong("seconds"),
                        e.bool("toll"), e.optional("destination"), e.optionalEnum("rateClass", RateClass.class),
                        e.optional("portal"));
                default -> throw e.invalid("unknown event type '" + e.required("type") + "'");
            };
            return new Event(e.requiredLong("seq"), time, body);
        }
    }
}
