package org.onenumber.switchsim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.onenumber.switchadapter.wire.ActiveCall;
import org.onenumber.switchadapter.wire.Device;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switchadapter.wire.MobileApp;
import org.onenumber.switchadapter.wire.PortalCallResult;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.RingRule;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switchadapter.wire.RingTimers;
import org.onenumber.switchadapter.wire.SubscriberState;

/**
 * A line-based text protocol for operating a running emulator: fault injection and what devices and callers
 * would do. One command per line, one reply line per command, starting "OK" or "ERROR". Served on the
 * standalone emulator's standard input and, if asked, on a loopback admin port, so a test in another
 * process (an integration test, a benchmark) can break the switch while it runs. Kept apart from the wire
 * protocol so the adapter's protocol never carries test controls.
 */
public final class AdminConsole {

    static final String HELP = String.join("\n",
            "OK commands:",
            "  latency <millis>                 delay every request",
            "  fail <count> [reason]            answer the next <count> requests 503",
            "  fail-percent <0..100> [reason]   answer that share of requests 503 until changed",
            "  drop-next <count>                close the connection of the next <count> requests unanswered",
            "  drop-connections                 cut every open connection now",
            "  refuse on|off                    reset new connections",
            "  clear                            lift every fault",
            "  register <address> | unregister <address>",
            "  call <subscriber> <from> <DESK|MOBILE|OFFICE_ANYWHERE|CELL> [parties] [FLAG...]   prints the call id",
            "  portal-call <from> <portalNumber> <to>   call out through a portal from an Office Anywhere number;",
            "                                   prints the call id and rate class, or ERROR and why it was refused",
            "  route <businessNumber> [caller]  how a call (from caller, E.164) would ring if nobody answered, steps",
            "                                   separated by ;",
            "  active <callId>                  an active call's state, device, parties, subscriber and the Office",
            "                                   Anywhere or cell number it is on (or absent)",
            "  client-login <subscriber|businessNumber> <pin>   the mobile client signs in with the phone PIN:",
            "                                   OK, or ERROR and why the switch refuses",
            "  hold <callId> | resume <callId> | end <callId> | parties <callId> <count>",
            "  subscriber <key>                 the state a subscriber holds: version, mobility, endpoints,",
            "                                   preferred device, Route Calls to Cell, ring timers, rules, Mobile App settings,",
            "                                   whether a PIN is set (never the PIN or its digest), extension, name",
            "  portal <key>                     the state a portal holds: version, number, name, extension, scope,",
            "                                   site, account",
            "  versions <key>                   the versions a subscriber or account received, in arrival order",
            "  account <key>                    the account's Mobility settings",
            "  endpoints <DESK|MOBILE_CLIENT|CELL|OFFICE_ANYWHERE>   how many endpoints of that kind subscribers hold",
            "  drift-client <subscriber> <deviceId>   behind OneNumber's back: give the subscriber a mobile client",
            "                                   (an orphan, or, when another subscriber holds it, moved from there:",
            "                                   shared to the wrong station); versions stay as they are",
            "  drift-drop <subscriber>          forget a subscriber and its endpoints, as a restored switch would",
            "  drift-version <key> <version>    hold a subscriber, portal or account's settings at that version",
            "                                   (lower: the switch is behind what OneNumber sent)",
            "  drift-setting <account> <router|group|voicemailAccess|access|reverseDial|handover> <value>",
            "                                   change one of an account's Mobility settings, keeping its version",
            "                                   (the drift commands send no events)",
            "  load <absolute file>             bulk-load subscribers and accounts' Mobility settings, no events;",
            "                                   one record a line, fields separated by tabs, empty for none:",
            "                                   subscriber <key> <version> <account> [<mobile client id>...]",
            "                                   account <key> <version> <router> <group> <voicemailAccess> <access>",
            "                                   <reverseDial> <handover>; a key held already is replaced, a client",
            "                                   another subscriber holds is refused; prints what it loaded",
            "  status | help");

    private final SwitchEmulator emulator;

    public AdminConsole(SwitchEmulator emulator) {
        this.emulator = emulator;
    }

    /** Runs one command line and returns its reply. */
    public String execute(String line) {
        String[] words = line.trim().split("\\s+");
        try {
            return run(words[0].toLowerCase(Locale.ROOT), Arrays.copyOfRange(words, 1, words.length));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return "ERROR " + (e instanceof IndexOutOfBoundsException ? "missing argument; try help" : e.getMessage());
        }
    }

    private String run(String command, String[] args) {
        FaultInjection faults = emulator.faults();
        switch (command) {
            case "", "help" -> {
                return HELP;
            }
            case "subscriber" -> {
                return emulator.subscriber(args[0]).map(state -> "OK version="
                        + emulator.appliedVersion(InventoryQuery.Kind.SUBSCRIBER, args[0]) + " " + describe(state))
                        .orElse("OK absent");
            }
            case "portal" -> {
                return emulator.portal(args[0]).map(p -> "OK version="
                        + emulator.appliedVersion(InventoryQuery.Kind.PORTAL, args[0])
                        + " number=" + p.number() + " name=" + p.name() + " extension=" + p.extension()
                        + " scope=" + p.scope() + " site=" + p.site() + " account=" + p.account())
                        .orElse("OK absent");
            }
            case "active" -> {
                return emulator.activeCall(args[0]).map(c -> "OK state=" + c.state() + " device=" + c.device() + " parties="
                        + c.parties() + " subscriber=" + c.subscriber() + " address="
                        + emulator.callNumber(c.callId()).orElse(null)).orElse("OK absent");
            }
            case "client-login" -> {
                if (args.length != 2) {
                    throw new IllegalArgumentException("say client-login <subscriber|businessNumber> <pin>");
                }
                return emulator.clientLoginRefusal(args[0], args[1]).map(why -> "ERROR " + why).orElse("OK");
            }
            case "route" -> {
                return route(args[0], args.length > 1 ? args[1] : "+15550000000");
            }
            case "portal-call" -> {
                return portalCall(args[0], args[1], args[2]);
            }
            case "versions" -> {
                return "OK received=" + emulator.receivedVersions(args[0]).stream().map(String::valueOf)
                        .collect(Collectors.joining(","));
            }
            case "account" -> {
                return emulator.accountMobility(args[0]).map(m -> "OK version="
                        + emulator.appliedVersion(InventoryQuery.Kind.ACCOUNT_MOBILITY, args[0])
                        + " router=" + m.mobilityRouter() + " group=" + m.groupName()
                        + " voicemailAccess=" + m.voicemailAccessNumber() + " access=" + m.accessNumber()
                        + " reverseDial=" + m.reverseDialNumber() + " handover=" + m.handoverNumber())
                        .orElse("OK absent");
            }
            case "endpoints" -> {
                return "OK count=" + emulator.endpointCount(Endpoint.Kind.valueOf(args[0].toUpperCase(Locale.ROOT)));
            }
            case "status" -> {
                return "OK port=" + emulator.port() + " connections=" + emulator.openConnections() + " lastSeq="
                        + emulator.lastEventSeq() + " ackedSeq=" + emulator.ackedEventSeq() + " " + faults;
            }
            case "latency" -> faults.latency(Duration.ofMillis(Long.parseLong(args[0])));
            case "fail" -> faults.failNextRequests(Integer.parseInt(args[0]), reason(args));
            case "fail-percent" -> faults.failPercentage(Integer.parseInt(args[0]), reason(args));
            case "drop-next" -> faults.dropNextRequests(Integer.parseInt(args[0]));
            case "drop-connections" -> emulator.dropConnections();
            case "refuse" -> faults.refuseConnections(onOff(args[0]));
            case "clear" -> faults.clear();
            case "register" -> emulator.registerEndpoint(args[0], true);
            case "unregister" -> emulator.registerEndpoint(args[0], false);
            case "call" -> {
                return "OK " + emulator.startCall(callSetup(args));
            }
            case "hold" -> emulator.holdCall(args[0]);
            case "resume" -> emulator.resumeCall(args[0]);
            case "end" -> emulator.endCall(args[0]);
            case "parties" -> emulator.changeParties(args[0], Integer.parseInt(args[1]));
            case "load" -> {
                return load(args[0]);
            }
            case "drift-client" -> emulator.driftAddClient(args[0], args[1]);
            case "drift-drop" -> emulator.driftDropSubscriber(args[0]);
            case "drift-version" -> emulator.driftSetVersion(args[0], Long.parseLong(args[1]));
            case "drift-setting" -> emulator.driftAccountSetting(args[0], args[1], args[2]);
            default -> throw new IllegalArgumentException("unknown command '" + command + "'; try help");
        }
        return "OK";
    }

    /**
     * The routing trace of a call to a business number on one line, its steps separated by {@code ;}:
     * {@code TARGET address start=S ring=R OUTCOME} (steps that ring together share a start second).
     */
    private String route(String businessNumber, String from) {
        Response response = emulator.routeCall(businessNumber, from);
        if (!response.isSuccess()) {
            return "ERROR " + response.text();
        }
        StringBuilder out = new StringBuilder("OK");
        for (var step : response.body(org.onenumber.switchadapter.wire.RoutingTrace.class).steps()) {
            out.append(out.length() == 2 ? " " : "; ").append(step.target()).append(' ').append(step.address()).append(" start=").append(step.startSecond())
                    .append(" ring=").append(step.ringSeconds()).append(' ').append(step.outcome());
        }
        return out.toString();
    }

    /**
     * What the switch holds for a subscriber, each field a {@code key=value} without spaces and the name, which
     * may have spaces, last: {@code mobility mobilityExtension video endpoints} (KIND:address,...),
     * {@code preferredDevice routeToCell timers} (wifi:S,desk:S,cell:S), {@code rules} (none, or per rule in
     * order {@code name[callers=a/b|any,days=MONDAY/FRIDAY|any,time=HH:MM-HH:MM|allday,zone=Z]->TARGET[:number]}
     * separated by ;, the name URL-encoded), {@code mobileApp} (none or its settings), {@code pin=set|none}.
     */
    static String describe(SubscriberState state) {
        RingSettings ring = state.ring();
        RingTimers timers = ring.timers();
        MobileApp app = state.mobileApp();
        return "mobility=" + state.mobilityEnabled() + " mobilityExtension=" + state.mobilityExtension()
                + " video=" + state.video() + " endpoints=" + state.endpoints().stream()
                        .map(e -> e.kind() + ":" + e.address()).collect(Collectors.joining(","))
                + " preferredDevice=" + ring.preferredDevice() + " routeToCell=" + ring.routeToCell()
                + " timers=wifi:" + timers.wifiSeconds() + ",desk:" + timers.deskSeconds() + ",cell:"
                + timers.cellSeconds()
                + " rules=" + (ring.rules().isEmpty() ? "none"
                        : ring.rules().stream().map(AdminConsole::describe).collect(Collectors.joining(";")))
                + " mobileApp=" + (app == null ? "none" : "alertClickToDial:" + app.alertClickToDial()
                        + ",phonesToRing:" + app.phonesToRing() + ",answerConfirmation:" + app.answerConfirmation()
                        + ",outboundMode:" + app.outboundMode())
                + " pin=" + (state.pinDigest() == null ? "none" : "set")
                + " extension=" + state.extension() + " name=" + state.displayName();
    }

    private static String describe(RingRule rule) {
        String name = rule.name() == null ? "-"
                : URLEncoder.encode(rule.name(), StandardCharsets.UTF_8).replace("+", "%20");
        return name + "[callers=" + (rule.callers().isEmpty() ? "any" : String.join("/", rule.callers()))
                + ",days=" + (rule.days().isEmpty() ? "any"
                        : rule.days().stream().sorted().map(Enum::name).collect(Collectors.joining("/")))
                + ",time=" + (rule.from() == null ? "allday" : rule.from() + "-" + rule.until())
                + ",zone=" + (rule.zone() == null ? "UTC" : rule.zone()) + "]->" + rule.target()
                + (rule.number() == null ? "" : ":" + rule.number());
    }

    /** The file must be named by an absolute path: the console may run in another directory than its client. */
    private String load(String file) {
        Path path = Path.of(file);
        if (!path.isAbsolute()) {
            throw new IllegalArgumentException("say load <absolute file>");
        }
        try {
            return "OK " + emulator.load(path);
        } catch (IOException e) {
            return "ERROR cannot read " + file + ": " + e.getMessage();
        }
    }

    /** Places the call as the wire's portalCall would; a refusal is an error whose text is the switch's reason. */
    private String portalCall(String from, String portalNumber, String to) {
        Response response = emulator.placePortalCall(from, portalNumber, to);
        if (!response.isSuccess()) {
            return "ERROR " + response.text();
        }
        PortalCallResult result = response.body(PortalCallResult.class);
        return "OK " + result.callId() + " rateClass=" + result.rateClass() + " subscriber=" + result.subscriber()
                + " callerId=" + result.callerId();
    }

    /** {@code <subscriber> <from> <DESK|MOBILE|OFFICE_ANYWHERE|CELL> [parties] [FLAG...]} */
    private static CallSetup callSetup(String[] args) {
        int parties = 2;
        int firstFlag = 3;
        if (args.length > 3 && args[3].matches("\\d+")) {
            parties = Integer.parseInt(args[3]);
            firstFlag = 4;
        }
        Set<ActiveCall.Flag> flags = EnumSet.noneOf(ActiveCall.Flag.class);
        for (int i = firstFlag; i < args.length; i++) {
            flags.add(ActiveCall.Flag.valueOf(args[i].toUpperCase(Locale.ROOT)));
        }
        return new CallSetup(args[0], args[1], Device.valueOf(args[2].toUpperCase(Locale.ROOT)), parties, flags);
    }

    private static String reason(String[] args) {
        return args.length > 1 ? String.join(" ", Arrays.copyOfRange(args, 1, args.length)) : "injected fault";
    }

    private static boolean onOff(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("say on or off");
        };
    }

    /** Answers commands from a reader until it ends; a line "quit" ends it early. */
    public void serve(Reader input, Writer output) throws IOException {
        BufferedReader lines = new BufferedReader(input);
        PrintWriter replies = new PrintWriter(output, true);
        String line;
        while ((line = lines.readLine()) != null && !line.trim().equals("quit")) {
            replies.println(execute(line));
        }
    }

    /** Serves the console on a loopback port, one connection at a time, on a daemon thread. */
    public ServerSocket listen(int port) throws IOException {
        ServerSocket server = new ServerSocket(port, 5, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    serve(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8),
                            new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // The admin client went away or the server closed; accept the next one or stop.
                }
            }
        }, "switchsim-admin-" + server.getLocalPort());
        thread.setDaemon(true);
        thread.start();
        return server;
    }
}
