package org.onenumber.switchsim;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onenumber.switchadapter.wire.ActiveCall;
import org.onenumber.switchadapter.wire.CallState;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switchadapter.wire.AccountMobility;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.PortalCall;
import org.onenumber.switchadapter.wire.SimulateCall;
import org.onenumber.switchadapter.wire.PortalState;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.SubscriberState;

/**
 * The switch emulator: the reference implementation of our wire protocol, listening on the loopback
 * interface only. Besides the protocol it offers what a real switch's devices and callers would do
 * (register a phone, place and end calls) and fault injection, for tests and for an operator at the
 * {@link AdminConsole}.
 */
public final class SwitchEmulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SwitchEmulator.class.getName());

    /**
     * @param port         0 for an ephemeral port
     * @param autoRegister whether a newly provisioned desk phone or mobile client registers at once, as a
     *                     powered-on device would
     * @param maxSessions  connections served at once; more are reset
     * @param clock        the switch's time: event times, call durations, and the day and time rules are checked at
     * @param streamStart  the seq after which this emulator's event stream starts
     */
    public record Settings(int port, String user, String password, boolean autoRegister,
            int maxSessions, Clock clock, long streamStart) {

        public static Settings defaults() {
            return new Settings(0, "onenumber", "onenumber", true, 32, Clock.systemUTC(), 0);
        }

        public Settings withPort(int newPort) {
            return new Settings(newPort, user, password, autoRegister, maxSessions, clock, streamStart);
        }

        public Settings withCredentials(String newUser, String newPassword) {
            return new Settings(port, newUser, newPassword, autoRegister, maxSessions, clock, streamStart);
        }

        public Settings withAutoRegister(boolean enabled) {
            return new Settings(port, user, password, enabled, maxSessions, clock, streamStart);
        }

        public Settings withClock(Clock newClock) {
            return new Settings(port, user, password, autoRegister, maxSessions, newClock, streamStart);
        }

        /**
         * Starts the event stream after the clock's milliseconds times 1000, as a real switch keeps its
         * sequence across restarts: a consumer that records each seq once (the application, whose database
         * outlives the emulator) then never takes a restarted emulator's events for ones it has seen.
         */
        public Settings withStreamContinuingAcrossRestarts() {
            return new Settings(port, user, password, autoRegister, maxSessions, clock, clock.millis() * 1000);
        }
    }

    private final Settings settings;
    private final ServerSocket server;
    private final EventLog events;
    private final Switchboard switchboard;
    private final FaultInjection faults = new FaultInjection();
    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor;
    private final Thread acceptor;

    private SwitchEmulator(Settings settings) throws IOException {
        this.settings = settings;
        this.events = new EventLog(settings.clock(), EventLog.DEFAULT_CAPACITY, settings.streamStart());
        this.switchboard = new Switchboard(new CallRouting(settings.clock()), events, settings.clock(),
                settings.autoRegister());
        this.server = new ServerSocket(settings.port(), 50, InetAddress.getLoopbackAddress());
        this.executor = new ThreadPoolExecutor(0, settings.maxSessions(), 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "switchsim-session");
                    thread.setDaemon(true);
                    return thread;
                });
        this.acceptor = new Thread(this::acceptLoop, "switchsim-accept-" + server.getLocalPort());
        acceptor.setDaemon(true);
    }

    /** Binds and starts accepting; {@link #port()} tells the port actually bound. */
    public static SwitchEmulator start(Settings settings) throws IOException {
        SwitchEmulator emulator = new SwitchEmulator(settings);
        emulator.acceptor.start();
        return emulator;
    }

    public int port() {
        return server.getLocalPort();
    }

    public Settings settings() {
        return settings;
    }

    public FaultInjection faults() {
        return faults;
    }

    /** Cuts every open connection at once, mid-request or not. */
    public void dropConnections() {
        sessions.forEach(Session::close);
    }

    public int openConnections() {
        return sessions.size();
    }

    /** A device registers or unregisters, given by its address (MAC, mobile client id). */
    public void registerEndpoint(String address, boolean registered) {
        switchboard.setRegistered(address, registered);
    }

    /** Places a call that the subscriber answers on {@code setup.device()}; returns its call id. */
    public String startCall(CallSetup setup) {
        return switchboard.startCall(setup);
    }

    /**
     * How a call from {@code from} to {@code businessNumber} would ring now if nobody answered, as the wire's
     * simulateCall answers.
     */
    public Response routeCall(String businessNumber, String from) {
        return switchboard.handle(new SimulateCall("admin", businessNumber, from));
    }

    /**
     * A user calls out through a portal from their Office Anywhere phone: answered as the wire's portalCall
     * would be, with a {@link org.onenumber.switchadapter.wire.PortalCallResult} or the reason it was refused.
     */

    public Response placePortalCall(String from, String portalNumber, String to) {
        return switchboard.handle(new PortalCall("admin", from, portalNumber, to));
    }

    public void holdCall(String callId) {
        switchboard.changeCall(callId, CallState.HELD);
    }

    public void resumeCall(String callId) {
        switchboard.changeCall(callId, CallState.CONNECTED);
    }

    /** Parties join or leave, such as a large conference shrinking back to a two-party call. */
    public void changeParties(String callId, int parties) {
        switchboard.changeParties(callId, parties);
    }

    /**
     * Hangs up: CALL_STATE ENDED, then the USAGE record, which for a portal call also names the destination,
     * the rate class and the portal.
     */
    public void endCall(String callId) {
        switchboard.endCall(callId);
    }

    public Optional<ActiveCall> activeCall(String callId) {
        return switchboard.activeCall(callId);
    }

    /** The Office Anywhere or cell number an active call is on; empty on the desk phone or the mobile client. */
    public Optional<String> callNumber(String callId) {
        return switchboard.callNumber(callId);
    }

    /**
     * The mobile client signs in as a subscriber (its key or business number) with the phone PIN; empty when the
     * PIN matches the digest OneNumber sent, else why the switch refuses.
     */
    public Optional<String> clientLoginRefusal(String subscriberOrNumber, String pin) {
        return switchboard.clientLoginRefusal(subscriberOrNumber, pin);
    }

    public Optional<SubscriberState> subscriber(String subscriber) {
        return switchboard.subscriber(subscriber);
    }

    public Optional<PortalState> portal(String portal) {
        return switchboard.portal(portal);
    }

    /** The versions received for a subscriber (or an account's Mobility settings) in arrival order, stale ones included. */
    public List<Long> receivedVersions(String key) {
        return switchboard.receivedVersions(key);
    }

    public Optional<AccountMobility> accountMobility(String account) {
        return switchboard.accountMobility(account);
    }

    public int endpointCount(Endpoint.Kind kind) {
        return switchboard.endpointCount(kind);
    }

    /** The version applied for a key (0 if never applied); a removal's version counts. */
    /** Drift behind the application's back: see {@link AdminConsole}'s drift commands. */
    public void driftAddClient(String subscriber, String deviceId) {
        switchboard.driftAddClient(subscriber, deviceId);
    }

    public void driftDropSubscriber(String subscriber) {
        switchboard.driftDropSubscriber(subscriber);
    }

    public void driftSetVersion(String key, long version) {
        switchboard.driftSetVersion(key, version);
    }

    public void driftAccountSetting(String account, String setting, String value) {
        switchboard.driftAccountSetting(account, setting, value);
    }

    /**
     * The fast path for seeding a large switch: subscribers with their mobile clients and accounts' Mobility
     * settings from a file, without events (see {@link AdminConsole}'s {@code load} for the format).
     */
    public String load(Path file) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Switchboard.Loaded loaded = switchboard.load(lines);
            return "subscribers=" + loaded.subscribers() + " clients=" + loaded.clients() + " accounts="
                    + loaded.accounts();
        }
    }

    public long appliedVersion(InventoryQuery.Kind kind, String key) {
        return switchboard.appliedVersion(kind, key);
    }

    public long lastEventSeq() {
        return events.lastSeq();
    }

    public long ackedEventSeq() {
        return events.ackedSeq();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // The port is released either way.
        }
        dropConnections();
        executor.shutdownNow();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.WARNING, "Accepting a connection failed", e);
                }
                continue;
            }
            if (faults.refusesConnections()) {
                reset(socket);
                continue;
            }
            Session session = new Session(socket, settings, switchboard, events, faults, sessions::remove);
            sessions.add(session);
            try {
                executor.execute(session);
            } catch (RejectedExecutionException e) {
                sessions.remove(session);
                reset(socket);
            }
        }
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException ignored) {
            // Closing is all that was wanted.
        }
    }
}
