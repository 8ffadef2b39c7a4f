package org.onenumber.switchsim;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.onenumber.switchadapter.wire.AccountMobility;
import org.onenumber.switchadapter.wire.ActiveCall;
import org.onenumber.switchadapter.wire.ActiveCallsQuery;
import org.onenumber.switchadapter.wire.ApplyAccountMobility;
import org.onenumber.switchadapter.wire.ApplyPortal;
import org.onenumber.switchadapter.wire.ApplySubscriber;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.CallList;
import org.onenumber.switchadapter.wire.CallState;
import org.onenumber.switchadapter.wire.Device;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.InventoryItem;
import org.onenumber.switchadapter.wire.InventoryPage;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switchadapter.wire.MoveCall;
import org.onenumber.switchadapter.wire.PinDigest;
import org.onenumber.switchadapter.wire.PortalCall;
import org.onenumber.switchadapter.wire.PortalCallResult;
import org.onenumber.switchadapter.wire.PortalState;
import org.onenumber.switchadapter.wire.RateClass;
import org.onenumber.switchadapter.wire.RegistrationList;
import org.onenumber.switchadapter.wire.RegistrationsQuery;
import org.onenumber.switchadapter.wire.RemovePortal;
import org.onenumber.switchadapter.wire.RemoveSubscriber;
import org.onenumber.switchadapter.wire.Request;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.RingRule;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switchadapter.wire.SimulateCall;
import org.onenumber.switchadapter.wire.Status;
import org.onenumber.switchadapter.wire.SubscriberState;
import org.onenumber.switchadapter.wire.SwitchEvent.CallStateEvent;
import org.onenumber.switchadapter.wire.SwitchEvent.RegistrationEvent;
import org.onenumber.switchadapter.wire.SwitchEvent.UsageEvent;

/**
 * The emulated switch's memory and rules. One lock guards everything: requests are small and the emulator
 * serves tests, so simple and obviously consistent beats concurrent; events are appended under the same lock,
 * so their order is the order the changes happened in.
 */
final class Switchboard {

    /** Move command ids remembered for de-duplication; the oldest are forgotten beyond this. */
    static final int REMEMBERED_MOVES = 100_000;

    private final CallRouting routing;
    private final EventLog events;
    private final Clock clock;
    private final boolean autoRegister;
    private final Versions<SubscriberState> subscribers = new Versions<>();
    private final Versions<PortalState> portals = new Versions<>();
    private final Versions<AccountMobility> accounts = new Versions<>();
    /** Endpoint key ({@code KIND:address}) to the subscriber it belongs to, in key order for paging. */
    private final NavigableMap<String, String> endpointOwners = new TreeMap<>();
    private final Map<String, String> businessNumbers = new HashMap<>();
    private final Set<String> registered = new HashSet<>();
    private final Map<String, ActiveCall> calls = new LinkedHashMap<>();
    private final Map<String, Instant> callStarts = new HashMap<>();
    /** Which of the subscriber's numbers a call on the Office Anywhere or the cell phone is on, by call id. */
    private final Map<String, String> callNumbers = new HashMap<>();
    /** The calls placed through a portal, by call id, until they end and their usage is reported. */
    private final Map<String, PortalLeg> portalLegs = new HashMap<>();
    private final Map<String, MoveRecord> moves = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MoveRecord> eldest) {
            return size() > REMEMBERED_MOVES;
        }
    };
    private long callCounter;

    private record MoveRecord(String callId, Device target, String address, Status status, String text) {

        boolean sameMove(MoveCall r) {
            return callId.equals(r.callId()) && target == r.target() && Objects.equals(address, r.address());
        }
    }

    /** What a portal call's usage record names besides its duration. */
    private record PortalLeg(String portal, String destination, RateClass rateClass) {
    }

    Switchboard(CallRouting routing, EventLog events, Clock clock, boolean autoRegister) {
        this.routing = routing;
        this.events = events;
        this.clock = clock;
        this.autoRegister = autoRegister;
    }

    /** Answers every request but Login and Subscribe, which belong to the session. */
    synchronized Response handle(Request request) {
        try {
            if (request instanceof ApplySubscriber r) {
                return applySubscriber(r);
            } else if (request instanceof RemoveSubscriber r) {
                return removeSubscriber(r);
            } else if (request instanceof ApplyPortal r) {
                return applyPortal(r);
            } else if (request instanceof RemovePortal r) {
                return removePortal(r);
            } else if (request instanceof ApplyAccountMobility r) {
                return applyAccountMobility(r);
            } else if (request instanceof MoveCall r) {
                return moveCall(r);
            } else if (request instanceof PortalCall r) {
                return portalCall(r);
            } else if (request instanceof InventoryQuery r) {
                return inventory(r);
            } else if (request instanceof RegistrationsQuery r) {
                return registrations(r);
            } else if (request instanceof ActiveCallsQuery r) {
                return activeCalls(r);
            } else if (request instanceof SimulateCall r) {
                return simulateCall(r);
            }
            return Response.of(request.id(), Status.BAD_REQUEST, "Unexpected " + request.getClass().getSimpleName());
        } catch (InvalidRequest e) {
            return Response.of(request.id(), Status.BAD_REQUEST, e.getMessage());
        }
    }

    private Response applySubscriber(ApplySubscriber r) {
        requireVersion(r.version());
        SubscriberState state = r.state();
        validate(state);
        if (!subscribers.offer(r.subscriber(), r.version())) {
            return stale(r.id(), r.subscriber(), subscribers.version(r.subscriber()));
        }
        // a station may have only an extension; such subscribers are reached by extension, not by number
        String numberOwner = state.businessNumber() == null ? null : businessNumbers.get(state.businessNumber());
        if (numberOwner != null && !numberOwner.equals(r.subscriber())) {
            return Response.of(r.id(), Status.REFUSED, "Business number " + state.businessNumber()
                    + " belongs to subscriber " + numberOwner);
        }
        for (Endpoint endpoint : state.endpoints()) {
            String owner = endpointOwners.get(key(endpoint));
            if (owner != null && !owner.equals(r.subscriber())) {
                return Response.of(r.id(), Status.REFUSED, "Endpoint " + key(endpoint) + " belongs to subscriber " + owner);
            }
        }
        SubscriberState previous = subscribers.put(r.subscriber(), r.version(), state);
        List<Endpoint> before = previous == null ? List.of() : previous.endpoints();
        if (previous != null && previous.businessNumber() != null) {
            businessNumbers.remove(previous.businessNumber());
        }
        if (state.businessNumber() != null) {
            businessNumbers.put(state.businessNumber(), r.subscriber());
        }
        before.stream().filter(e -> !state.endpoints().contains(e)).forEach(e -> release(r.subscriber(), e));
        state.endpoints().stream().filter(e -> !before.contains(e)).forEach(e -> claim(r.subscriber(), e));
        return Response.of(r.id(), Status.OK, "Applied version " + r.version() + " of subscriber " + r.subscriber());
    }

    private static void validate(SubscriberState state) {
        RingSettings ring = state.ring();
        if (ring.preferredDevice() == RingSettings.PreferredDevice.CUSTOM
                && (ring.customNumber() == null || ring.ringNoAnswerSeconds() < 0)) {
            // 0 seconds: the device rings until answered (the wire's RingSettings, the phone portal's RNA "Unlimited")
            throw new InvalidRequest("A CUSTOM preferred device needs a custom number and a ring-no-answer time of 0 or more");
        }
        if (state.forwarding().noReplySeconds() < 1) {
            throw new InvalidRequest("The No Reply time must be at least one second");
        }
        if (state.endpoints().size() != new HashSet<>(state.endpoints()).size()) {
            throw new InvalidRequest("An endpoint is listed twice");
        }
        for (RingRule rule : ring.rules()) {
            validate(rule);
        }
        if (state.pinDigest() != null && !PinDigest.isWellFormed(state.pinDigest())) {
            throw new InvalidRequest("The PIN digest is not a " + PinDigest.SCHEME + " digest; the switch never takes"
                    + " a PIN itself");
        }
    }

    private static void validate(RingRule rule) {
        String name = rule.name() == null ? "A rule" : "Rule '" + rule.name() + "'";
        for (String caller : rule.callers()) {
            if (!PortalRules.isDialable(caller)) {
                throw new InvalidRequest(name + " names caller '" + caller + "', which is not an E.164 number");
            }
        }
        if (rule.number() != null && !PortalRules.isDialable(rule.number())) {
            throw new InvalidRequest(name + " rings " + rule.number() + ", which is not an E.164 number the switch"
                    + " can dial");
        }
        if (rule.zone() != null) {
            try {
                ZoneId.of(rule.zone());
            } catch (DateTimeException e) {
                throw new InvalidRequest(name + " has unknown time zone " + rule.zone());
            }
        }
    }

    private Response removeSubscriber(RemoveSubscriber r) {
        requireVersion(r.version());
        if (!subscribers.offer(r.subscriber(), r.version())) {
            return stale(r.id(), r.subscriber(), subscribers.version(r.subscriber()));
        }
        SubscriberState previous = subscribers.put(r.subscriber(), r.version(), null);
        if (previous == null) {
            return Response.of(r.id(), Status.OK, "Subscriber " + r.subscriber() + " was already absent");
        }
        if (previous.businessNumber() != null) {
            businessNumbers.remove(previous.businessNumber());
        }
        previous.endpoints().forEach(e -> release(r.subscriber(), e));
        return Response.of(r.id(), Status.OK, "Removed subscriber " + r.subscriber());
    }

    private Response applyPortal(ApplyPortal r) {
        requireVersion(r.version());
        PortalState state = r.state();
        if (state.scope() == PortalState.Scope.SITE && state.site() == null) {
            throw new InvalidRequest("A SITE portal names its site");
        }
        if (!portals.isNewer(r.portal(), r.version())) {
            return stale(r.id(), r.portal(), portals.version(r.portal()));
        }
        portals.put(r.portal(), r.version(), state);
        return Response.of(r.id(), Status.OK, "Applied version " + r.version() + " of portal " + r.portal());
    }

    private Response removePortal(RemovePortal r) {
        requireVersion(r.version());
        if (!portals.isNewer(r.portal(), r.version())) {
            return stale(r.id(), r.portal(), portals.version(r.portal()));
        }
        boolean existed = portals.put(r.portal(), r.version(), null) != null;
        return Response.of(r.id(), Status.OK, existed ? "Removed portal " + r.portal()
                : "Portal " + r.portal() + " was already absent");
    }

    private Response applyAccountMobility(ApplyAccountMobility r) {
        requireVersion(r.version());
        if (!accounts.offer(r.account(), r.version())) {
            return stale(r.id(), r.account(), accounts.version(r.account()));
        }
        accounts.put(r.account(), r.version(), r.mobility());
        return Response.of(r.id(), Status.OK, "Applied version " + r.version() + " of account " + r.account());
    }

    private Response moveCall(MoveCall r) {
        MoveRecord first = moves.get(r.commandId());
        if (first != null) {
            if (!first.sameMove(r)) {
                return Response.of(r.id(), Status.REFUSED, "Command id " + r.commandId()
                        + " was already used for moving call " + first.callId() + " to " + first.target()
                        + (first.address() == null ? "" : " " + first.address()));
            }
            return Response.of(r.id(), first.status(), first.text());
        }
        Response result = move(r);
        moves.put(r.commandId(), new MoveRecord(r.callId(), r.target(), r.address(), result.status(), result.text()));
        return result;
    }

    /**
     * Moves within the reference's restrictions first, then by where the call may go: Office Anywhere pushes and
     * pulls between the desk phone and the Office Anywhere phone only, and the cell phone is not an Office
     * Anywhere phone's partner either; a number must be one the subscriber holds, the mobile client one they have.
     */
    private Response move(MoveCall r) {
        ActiveCall call = calls.get(r.callId());
        if (call == null) {
            return Response.of(r.id(), Status.NOT_FOUND, "No active call " + r.callId());
        }
        if (r.address() != null && !numbered(r.target())) {
            throw new InvalidRequest("A move to " + r.target() + " takes no address; an address picks one of the"
                    + " subscriber's Office Anywhere or cell numbers");
        }
        Optional<String> refusal = MoveRestrictions.refusal(call);
        if (refusal.isPresent()) {
            return refused(r, refusal.get());
        }
        if (bypassesTheDesk(call.device(), r.target())) {
            return Response.of(r.id(), Status.REFUSED, "Call " + r.callId() + " cannot be moved from "
                    + call.device() + " to " + r.target() + ": Office Anywhere pushes and pulls calls between"
                    + " the desk phone and the Office Anywhere phone only");
        }
        SubscriberState state = subscribers.live(call.subscriber());
        String number = null;
        switch (r.target()) {
            case MOBILE -> {
                if (state == null || state.endpoints(Endpoint.Kind.MOBILE_CLIENT).isEmpty()) {
                    return refused(r, "subscriber " + call.subscriber() + " has no mobile client");
                }
            }
            case OFFICE_ANYWHERE, CELL -> {
                Endpoint.Kind kind = r.target() == Device.CELL ? Endpoint.Kind.CELL : Endpoint.Kind.OFFICE_ANYWHERE;
                String what = r.target() == Device.CELL ? "cell" : "Office Anywhere";
                List<Endpoint> held = state == null ? List.of() : state.endpoints(kind);
                if (held.isEmpty()) {
                    return refused(r, "subscriber " + call.subscriber() + " has no " + what + " number");
                }
                Optional<Endpoint> phone = r.address() == null ? Optional.of(held.get(0))
                        : held.stream().filter(e -> e.address().equals(r.address())).findFirst();
                if (phone.isEmpty()) {
                    return refused(r, r.address() + " is not one of subscriber " + call.subscriber() + "'s " + what
                            + " numbers");
                }
                number = phone.get().address();
            }
            default -> {
                // the desk phone: every subscriber's main line
            }
        }
        if (call.device() == r.target() && Objects.equals(callNumbers.get(call.callId()), number)) {
            return Response.of(r.id(), Status.OK, "Call " + r.callId() + " is already on " + r.target()
                    + (number == null ? "" : " " + number));
        }
        calls.put(call.callId(), call.on(r.target()));
        if (number == null) {
            callNumbers.remove(call.callId());
        } else {
            callNumbers.put(call.callId(), number);
        }
        events.append(new CallStateEvent(call.subscriber(), call.callId(), call.state(), r.target()));
        return Response.of(r.id(), Status.OK, "Moved call " + r.callId() + " to " + r.target()
                + (number == null ? "" : " " + number));
    }

    /** Whether a move goes between the Office Anywhere phone and anything but the desk phone. */
    private static boolean bypassesTheDesk(Device from, Device to) {
        return (from == Device.OFFICE_ANYWHERE) != (to == Device.OFFICE_ANYWHERE) && from != Device.DESK
                && to != Device.DESK;
    }

    /** Whether a device is one of several numbers, so that a move to it may name which. */
    private static boolean numbered(Device device) {
        return device == Device.OFFICE_ANYWHERE || device == Device.CELL;
    }

    private static Response refused(MoveCall r, String reason) {
        return Response.of(r.id(), Status.REFUSED, "Call " + r.callId() + " cannot be moved: " + reason);
    }

    /** The phone a call answered on a numbered device rings: the subscriber's first number of that kind. */
    private Optional<Endpoint> firstNumber(String subscriber, Device device) {
        SubscriberState state = subscribers.live(subscriber);
        Endpoint.Kind kind = device == Device.CELL ? Endpoint.Kind.CELL : Endpoint.Kind.OFFICE_ANYWHERE;
        return state == null ? Optional.empty() : state.endpoints(kind).stream().findFirst();
    }

    /**
     * A user dialled a portal from their Office Anywhere phone and entered a destination: the switch finds the
     * subscriber by the calling number, checks the portal admits them, and places the call as them.
     */
    private Response portalCall(PortalCall r) {
        if (!PortalRules.isDialable(r.to())) {
            throw new InvalidRequest("Destination " + r.to() + " is not an E.164 number the switch can dial");
        }
        Map.Entry<String, PortalState> portal = portalNumbered(r.portal());
        if (portal == null) {
            return Response.of(r.id(), Status.REFUSED, "No portal has number " + r.portal());
        }
        String subscriber = endpointOwners.get(key(new Endpoint(Endpoint.Kind.OFFICE_ANYWHERE, r.from())));
        if (subscriber == null) {
            return Response.of(r.id(), Status.REFUSED, r.from()
                    + " is not an Office Anywhere number of any subscriber");
        }
        SubscriberState state = subscribers.live(subscriber);
        if (state.businessNumber() == null) {
            return Response.of(r.id(), Status.REFUSED, "Subscriber " + subscriber
                    + " has no business number to present as caller ID");
        }
        Optional<String> outside = PortalRules.refusal(portal.getKey(), portal.getValue(), subscriber, state);
        if (outside.isPresent()) {
            return Response.of(r.id(), Status.REFUSED, "Portal call refused: " + outside.get());
        }
        RateClass rate = PortalRules.rate(portal.getValue().number(), r.to());
        Set<ActiveCall.Flag> flags = rate.isToll() ? Set.of(ActiveCall.Flag.TOLL) : Set.of();
        String callId = open(new CallSetup(subscriber, r.from(), Device.OFFICE_ANYWHERE, 2, flags), r.from());
        portalLegs.put(callId, new PortalLeg(portal.getValue().number(), r.to(), rate));
        return new Response(r.id(), Status.OK, "Placed " + rate + " call " + callId + " to " + r.to() + " as "
                + state.businessNumber() + " through portal " + portal.getKey(),
                new PortalCallResult(callId, subscriber, state.businessNumber(), rate));
    }

    /** The live portal with this phone number, the first in key order should two share it; null if none. */
    private Map.Entry<String, PortalState> portalNumbered(String number) {
        for (var e : portals.after(null)) {
            PortalState state = e.getValue().state();
            if (state != null && state.number().equals(number)) {
                return Map.entry(e.getKey(), state);
            }
        }
        return null;
    }

    private Response inventory(InventoryQuery r) {
        if (r.pageSize() < 1 || r.pageSize() > InventoryQuery.MAX_PAGE_SIZE) {
            throw new InvalidRequest("Page size must be between 1 and " + InventoryQuery.MAX_PAGE_SIZE);
        }
        String after = decodeCursor(r.cursor());
        List<InventoryItem> items = new ArrayList<>();
        switch (r.kind()) {
            case SUBSCRIBER -> collect(subscribers, after, r.pageSize() + 1, items,
                    (key, applied) -> new InventoryItem(key, applied.version(), null, applied.state().account(), null));
            case PORTAL -> collect(portals, after, r.pageSize() + 1, items,
                    (key, applied) -> new InventoryItem(key, applied.version(), null, applied.state().account(), null));
            case ACCOUNT_MOBILITY -> collect(accounts, after, r.pageSize() + 1, items,
                    (key, applied) -> new InventoryItem(key, applied.version(), null, null, applied.state()));
            case ENDPOINT -> {
                var tail = after == null ? endpointOwners : endpointOwners.tailMap(after, false);
                for (Map.Entry<String, String> e : tail.entrySet()) {
                    if (items.size() > r.pageSize()) {
                        break;
                    }
                    SubscriberState owner = subscribers.live(e.getValue());
                    items.add(new InventoryItem(e.getKey(), subscribers.version(e.getValue()), e.getValue(),
                            owner == null ? null : owner.account(), null));
                }
            }
            default -> throw new InvalidRequest("Unknown inventory kind " + r.kind());
        }
        if (items.size() <= r.pageSize()) {
            return Response.ok(r.id(), new InventoryPage(items, null));
        }
        List<InventoryItem> page = items.subList(0, r.pageSize());
        return Response.ok(r.id(), new InventoryPage(page, encodeCursor(page.get(page.size() - 1).key())));
    }

    private static <T> void collect(Versions<T> versions, String after, int limit, List<InventoryItem> items,
                                    java.util.function.BiFunction<String, Versions.Applied<T>, InventoryItem> item) {
        for (var e : versions.after(after)) {
            if (items.size() >= limit) {
                return;
            }
            if (e.getValue().live()) {
                items.add(item.apply(e.getKey(), e.getValue()));
            }
        }
    }

    // Drift made behind OneNumber's back, as a support engineer at the switch or a restored switch database would.

    /**
     * Gives subscriber {@code subscriber} the mobile client {@code deviceId}, keeping its version: a client no license
     * is shared for is an orphan; one shared to another station moves here (taken from its holder).
     */
    synchronized void driftAddClient(String subscriber, String deviceId) {
        SubscriberState state = subscribers.live(subscriber);
        if (state == null) {
            throw new IllegalArgumentException("No subscriber " + subscriber);
        }
        Endpoint client = new Endpoint(Endpoint.Kind.MOBILE_CLIENT, deviceId);
        String holder = endpointOwners.get(key(client));
        if (subscriber.equals(holder)) {
            throw new IllegalArgumentException(subscriber + " already holds " + key(client));
        }
        if (holder != null) {
            SubscriberState held = subscribers.live(holder);
            List<Endpoint> rest = held.endpoints().stream().filter(e -> !e.equals(client)).toList();
            subscribers.put(holder, subscribers.version(holder), withEndpoints(held, rest));
        }
        List<Endpoint> more = new ArrayList<>(state.endpoints());
        more.add(client);
        subscribers.put(subscriber, subscribers.version(subscriber), withEndpoints(state, more));
        // no registration events: the application hears of this drift only through the inventory
        endpointOwners.put(key(client), subscriber);
    }

    /** Forgets a subscriber altogether, tombstone included, as if the switch never had it. */
    synchronized void driftDropSubscriber(String subscriber) {
        SubscriberState previous = subscribers.live(subscriber);
        if (previous == null) {
            throw new IllegalArgumentException("No subscriber " + subscriber);
        }
        subscribers.forget(subscriber);
        if (previous.businessNumber() != null) {
            businessNumbers.remove(previous.businessNumber());
        }
        previous.endpoints().forEach(e -> {
            endpointOwners.remove(key(e));
            registered.remove(key(e));
        });
    }

    /** Sets the version a subscriber, portal or account's settings is held at, keeping its state. */
    synchronized void driftSetVersion(String key, long version) {
        requireVersion(version);
        if (subscribers.live(key) != null) {
            subscribers.put(key, version, subscribers.live(key));
        } else if (portals.live(key) != null) {
            portals.put(key, version, portals.live(key));
        } else if (accounts.live(key) != null) {
            accounts.put(key, version, accounts.live(key));
        } else {
            throw new IllegalArgumentException("The switch holds nothing under " + key);
        }
    }

    /** Changes one of an account's Mobility settings, keeping its version. */
    synchronized void driftAccountSetting(String account, String setting, String value) {
        AccountMobility m = accounts.live(account);
        if (m == null) {
            throw new IllegalArgumentException("No Mobility settings for " + account);
        }
        AccountMobility changed = switch (setting) {
            case "router" -> new AccountMobility(value, m.groupName(), m.voicemailAccessNumber(), m.accessNumber(),
                    m.reverseDialNumber(), m.handoverNumber());
            case "group" -> new AccountMobility(m.mobilityRouter(), value, m.voicemailAccessNumber(), m.accessNumber(),
                    m.reverseDialNumber(), m.handoverNumber());
            case "voicemailAccess" -> new AccountMobility(m.mobilityRouter(), m.groupName(), value, m.accessNumber(),
                    m.reverseDialNumber(), m.handoverNumber());
            case "access" -> new AccountMobility(m.mobilityRouter(), m.groupName(), m.voicemailAccessNumber(), value,
                    m.reverseDialNumber(), m.handoverNumber());
            case "reverseDial" -> new AccountMobility(m.mobilityRouter(), m.groupName(), m.voicemailAccessNumber(),
                    m.accessNumber(), value, m.handoverNumber());
            case "handover" -> new AccountMobility(m.mobilityRouter(), m.groupName(), m.voicemailAccessNumber(),
                    m.accessNumber(), m.reverseDialNumber(), value);
            default -> throw new IllegalArgumentException("Unknown setting " + setting
                    + "; one of router, group, voicemailAccess, access, reverseDial, handover");
        };
        accounts.put(account, accounts.version(account), changed);
    }

    /** What a bulk load put on the switch. */
    record Loaded(int subscribers, int clients, int accounts) {
    }

    /**
     * Bulk-loads subscribers with their mobile clients and accounts' Mobility settings from tab-separated lines,
     * without events, registrations or version history: a fast path for seeding a large switch (see
     * {@link AdminConsole}'s {@code load}). A subscriber or account already held is replaced; a client that another
     * subscriber holds is refused, and so is a malformed line (with its number), leaving what came before it loaded.
     */
    synchronized Loaded load(BufferedReader lines) throws IOException {
        int subscriberCount = 0;
        int clientCount = 0;
        int accountCount = 0;
        int number = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "subscriber" -> {
                        String subscriber = f[1];
                        long version = loadVersion(f[2]);
                        List<Endpoint> clients = new ArrayList<>(f.length - 4);
                        for (int i = 4; i < f.length; i++) {
                            Endpoint client = new Endpoint(Endpoint.Kind.MOBILE_CLIENT, f[i]);
                            String holder = endpointOwners.get(key(client));
                            if (holder != null && !holder.equals(subscriber)) {
                                throw new IllegalArgumentException(key(client) + " belongs to subscriber " + holder);
                            }
                            clients.add(client);
                        }
                        SubscriberState previous = subscribers.live(subscriber);
                        if (previous != null) {
                            if (previous.businessNumber() != null) {
                                businessNumbers.remove(previous.businessNumber());
                            }
                            previous.endpoints().forEach(e -> {
                                endpointOwners.remove(key(e));
                                registered.remove(key(e));
                            });
                        }
                        subscribers.put(subscriber, version, new SubscriberState(null, null, null, !clients.isEmpty(),
                                clients, RingSettings.of(RingSettings.PreferredDevice.AUTO_PILOT),
                                CallForwarding.NONE, false, false, null, false,
                                nullIfEmpty(f[3]), null));
                        clients.forEach(c -> endpointOwners.put(key(c), subscriber));
                        subscriberCount++;
                        clientCount += clients.size();
                    }
                    case "account" -> {
                        if (f.length != 9) {
                            throw new IllegalArgumentException("an account line has 9 fields, not " + f.length);
                        }
                        accounts.put(f[1], loadVersion(f[2]), new AccountMobility(nullIfEmpty(f[3]),
                                nullIfEmpty(f[4]), nullIfEmpty(f[5]), nullIfEmpty(f[6]), nullIfEmpty(f[7]),
                                nullIfEmpty(f[8])));
                        accountCount++;
                    }
                    default -> throw new IllegalArgumentException("unknown record '" + f[0] + "'");
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + number + ": " + (e instanceof IndexOutOfBoundsException
                        ? "missing field" : e.getMessage()) + " (" + subscriberCount + " subscribers and "
                        + accountCount + " accounts loaded before it)");
            }
        }
        return new Loaded(subscriberCount, clientCount, accountCount);
    }

    private static long loadVersion(String field) {
        long version = Long.parseLong(field);
        if (version < 0) {
            throw new IllegalArgumentException("negative version " + version);
        }
        return version;
    }

    private static String nullIfEmpty(String field) {
        return field.isEmpty() ? null : field;
    }

    private static SubscriberState withEndpoints(SubscriberState s, List<Endpoint> endpoints) {
        return new SubscriberState(s.businessNumber(), s.extension(), s.displayName(), s.mobilityEnabled(), endpoints,
                s.ring(), s.forwarding(), s.doNotDisturb(), s.voicemail(), s.mobilityExtension(), s.video(), s.account(),
                s.site(), s.mobileApp(), s.pinDigest());
    }

    private Response registrations(RegistrationsQuery r) {
        SubscriberState state = subscribers.live(r.subscriber());
        if (state == null) {
            return Response.of(r.id(), Status.NOT_FOUND, "No subscriber " + r.subscriber());
        }
        List<RegistrationList.Registration> list = state.endpoints().stream()
                .map(e -> new RegistrationList.Registration(e, isRegistered(e))).toList();
        return Response.ok(r.id(), new RegistrationList(r.subscriber(), list));
    }

    private Response activeCalls(ActiveCallsQuery r) {
        if (subscribers.live(r.subscriber()) == null) {
            return Response.of(r.id(), Status.NOT_FOUND, "No subscriber " + r.subscriber());
        }
        return Response.ok(r.id(), new CallList(callsOf(r.subscriber())));
    }

    private Response simulateCall(SimulateCall r) {
        String subscriber = businessNumbers.get(r.to());
        if (subscriber == null) {
            return Response.of(r.id(), Status.NOT_FOUND, "No subscriber has business number " + r.to());
        }
        boolean busy = !callsOf(subscriber).isEmpty();
        return Response.ok(r.id(), routing.route(subscriber, subscribers.live(subscriber), r.from(), this::isRegistered,
                busy));
    }

    // The admin side: what devices and callers do to a real switch.

    synchronized void setRegistered(String address, boolean nowRegistered) {
        for (Endpoint.Kind kind : Endpoint.Kind.values()) {
            Endpoint endpoint = new Endpoint(kind, address);
            String owner = endpointOwners.get(key(endpoint));
            if (owner != null) {
                if (!kind.registers()) {
                    throw new IllegalArgumentException(key(endpoint) + " is a number the switch calls; it never"
                            + " registers");
                }
                register(owner, endpoint, nowRegistered);
                return;
            }
        }
        throw new IllegalArgumentException("No provisioned endpoint has address " + address);
    }

    synchronized String startCall(CallSetup setup) {
        if (subscribers.live(setup.subscriber()) == null) {
            throw new IllegalArgumentException("No subscriber " + setup.subscriber());
        }
        String number = null;
        if (numbered(setup.device())) {
            number = firstNumber(setup.subscriber(), setup.device()).map(Endpoint::address)
                    .orElseThrow(() -> new IllegalArgumentException("Subscriber " + setup.subscriber() + " has no "
                            + (setup.device() == Device.CELL ? "cell" : "Office Anywhere") + " number to answer on"));
        }
        return open(setup, number);
    }

    /**
     * Gives the call an id, rings it and answers it at once, reporting both; returns the call id. {@code number}
     * is the Office Anywhere or cell number it is answered on, null on the desk phone or the mobile client.
     */
    private String open(CallSetup setup, String number) {
        String callId = "call-" + (++callCounter);
        if (number != null) {
            callNumbers.put(callId, number);
        }
        ActiveCall call = new ActiveCall(callId, setup.subscriber(), setup.from(), CallState.RINGING, setup.device(),
                setup.parties(), setup.flags());
        events.append(new CallStateEvent(call.subscriber(), callId, CallState.RINGING, call.device()));
        calls.put(callId, call.in(CallState.CONNECTED));
        callStarts.put(callId, clock.instant());
        events.append(new CallStateEvent(call.subscriber(), callId, CallState.CONNECTED, call.device()));
        return callId;
    }

    synchronized void changeCall(String callId, CallState state) {
        if (state == CallState.ENDED || state == CallState.RINGING) {
            throw new IllegalArgumentException("A call in progress can only be held or resumed");
        }
        ActiveCall call = call(callId);
        if (call.state() != state) {
            calls.put(callId, call.in(state));
            events.append(new CallStateEvent(call.subscriber(), callId, state, call.device()));
        }
    }

    synchronized void changeParties(String callId, int parties) {
        ActiveCall call = call(callId);
        calls.put(callId, new ActiveCall(callId, call.subscriber(), call.from(), call.state(), call.device(), parties,
                call.flags()));
    }

    synchronized void endCall(String callId) {
        ActiveCall call = call(callId);
        calls.remove(callId);
        callNumbers.remove(callId);
        long seconds = Duration.between(callStarts.remove(callId), clock.instant()).toSeconds();
        boolean toll = call.flags().contains(ActiveCall.Flag.TOLL);
        PortalLeg leg = portalLegs.remove(callId);
        events.append(new CallStateEvent(call.subscriber(), callId, CallState.ENDED, call.device()));
        events.append(leg == null ? new UsageEvent(call.subscriber(), callId, seconds, toll)
                : new UsageEvent(call.subscriber(), callId, seconds, toll, leg.destination(), leg.rateClass(),
                        leg.portal()));
    }

    synchronized Optional<SubscriberState> subscriber(String subscriber) {
        return Optional.ofNullable(subscribers.live(subscriber));
    }

    synchronized Optional<PortalState> portal(String portal) {
        return Optional.ofNullable(portals.live(portal));
    }

    synchronized Optional<AccountMobility> accountMobility(String account) {
        return Optional.ofNullable(accounts.live(account));
    }

    /** How many endpoints of a kind live subscribers hold. */
    synchronized int endpointCount(Endpoint.Kind kind) {
        String prefix = kind.name() + ":";
        return endpointOwners.subMap(prefix, prefix + Character.MAX_VALUE).size();
    }

    /** The versions a subscriber (or else an account's Mobility settings) received, in arrival order, stale ones included. */
    synchronized List<Long> receivedVersions(String key) {
        List<Long> versions = subscribers.received(key);
        return versions.isEmpty() ? accounts.received(key) : versions;
    }

    synchronized long appliedVersion(InventoryQuery.Kind kind, String key) {
        return switch (kind) {
            case SUBSCRIBER -> subscribers.version(key);
            case PORTAL -> portals.version(key);
            case ACCOUNT_MOBILITY -> accounts.version(key);
            case ENDPOINT -> endpointOwners.containsKey(key) ? subscribers.version(endpointOwners.get(key)) : 0;
        };
    }

    synchronized Optional<ActiveCall> activeCall(String callId) {
        return Optional.ofNullable(calls.get(callId));
    }

    /** The Office Anywhere or cell number an active call is on; empty on the desk phone or the mobile client. */
    synchronized Optional<String> callNumber(String callId) {
        return Optional.ofNullable(callNumbers.get(callId));
    }

    /**
     * The mobile client signs in as the subscriber (by key, or else by business number) with the phone PIN,
     * checked against the digest OneNumber sent; empty when it may, else why not.
     */
    synchronized Optional<String> clientLoginRefusal(String subscriberOrNumber, String pin) {
        String subscriber = subscribers.live(subscriberOrNumber) != null ? subscriberOrNumber
                : businessNumbers.get(subscriberOrNumber);
        if (subscriber == null) {
            return Optional.of("no subscriber " + subscriberOrNumber);
        }
        String digest = subscribers.live(subscriber).pinDigest();
        if (digest == null) {
            return Optional.of("subscriber " + subscriber + " has no PIN set");
        }
        return PinDigest.matches(digest, pin) ? Optional.empty()
                : Optional.of("wrong PIN for subscriber " + subscriber);
    }

    private ActiveCall call(String callId) {
        ActiveCall call = calls.get(callId);
        if (call == null) {
            throw new IllegalArgumentException("No active call " + callId);
        }
        return call;
    }

    private List<ActiveCall> callsOf(String subscriber) {
        return calls.values().stream().filter(c -> c.subscriber().equals(subscriber)).toList();
    }

    private void claim(String subscriber, Endpoint endpoint) {
        endpointOwners.put(key(endpoint), subscriber);
        if (autoRegister && endpoint.kind().registers()) {
            register(subscriber, endpoint, true);
        }
    }

    private void release(String subscriber, Endpoint endpoint) {
        register(subscriber, endpoint, false);
        endpointOwners.remove(key(endpoint));
    }

    private void register(String subscriber, Endpoint endpoint, boolean nowRegistered) {
        boolean changed = nowRegistered ? registered.add(key(endpoint)) : registered.remove(key(endpoint));
        if (changed) {
            events.append(new RegistrationEvent(subscriber, endpoint, nowRegistered));
        }
    }

    private boolean isRegistered(Endpoint endpoint) {
        return registered.contains(key(endpoint));
    }

    private static String key(Endpoint endpoint) {
        return endpoint.kind() + ":" + endpoint.address();
    }

    private static Response stale(String id, String key, long applied) {
        return Response.of(id, Status.IGNORED_STALE, "Ignored: " + key + " is already at version " + applied);
    }

    private static void requireVersion(long version) {
        if (version < 1) {
            throw new InvalidRequest("Versions start at 1");
        }
    }

    private static String encodeCursor(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("after:" + lastKey).getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeCursor(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("after:")) {
                return text.substring("after:".length());
            }
        } catch (IllegalArgumentException e) {
            // Falls through to the same answer as any other cursor this switch did not hand out.
        }
        throw new InvalidRequest("The cursor is not one this switch returned");
    }

    /** A request the switch understood but cannot accept; answered 400. */
    private static final class InvalidRequest extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidRequest(String message) {
            super(message, null, false, false);
        }
    }
}
