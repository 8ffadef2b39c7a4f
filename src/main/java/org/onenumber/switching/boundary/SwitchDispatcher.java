package org.onenumber.switching.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.onenumber.platform.control.Channel;
import org.onenumber.platform.control.DispatchRounds;
import org.onenumber.security.boundary.SystemCaller;
import org.onenumber.switchadapter.api.SwitchConnection;
import org.onenumber.switchadapter.api.SwitchException;
import org.onenumber.switchadapter.wire.AccountMobility;
import org.onenumber.switchadapter.wire.ApplyAccountMobility;
import org.onenumber.switchadapter.wire.ApplyPortal;
import org.onenumber.switchadapter.wire.ApplySubscriber;
import org.onenumber.switchadapter.wire.PortalState;
import org.onenumber.switchadapter.wire.RemovePortal;
import org.onenumber.switchadapter.wire.RemoveSubscriber;
import org.onenumber.switchadapter.wire.Request;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.SubscriberState;
import org.onenumber.switchadapter.wire.WireCodec;
import org.onenumber.switchadapter.wire.WireFormatException;
import org.onenumber.switching.entity.SwitchCommand;
import org.onenumber.switching.entity.SwitchTarget;

/**
 * Makes the switch match the outbox. A committed change wakes it (CommandsWritten, through DispatcherWakeup, after the
 * transaction's success), and a round every half second catches what other instances wrote and retries
 * that came due. A round claims a batch of due commands in one statement (each the newest state of its
 * target: older ones were superseded when it was written), pipelines them over one pooled adapter
 * connection with all of them in flight, and records their results in one transaction: APPLIED, a retry with
 * backoff, or FAILED with the switch's reason once the retry budget is spent. A switch that cannot be
 * reached spends no budget: the dispatcher itself backs off (doubling up to 30 s) and the commands wait,
 * however long the outage. Runs in every instance; claims keep instances from sending the same command, or
 * two versions of one target, at once, and a claim left by a crashed instance runs out after a minute.
 */
@Singleton
@Startup
@DependsOn("Database")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SwitchDispatcher {

    private static final Logger LOG = Logger.getLogger(SwitchDispatcher.class.getName());
    private static final int BATCH = 200;
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration MAX_UNREACHABLE_PAUSE = Duration.ofSeconds(30);

    /** Makes the thread the rounds run on (DispatchRounds: the application's context captured once, not per task). */
    @Resource
    ManagedThreadFactory threads;

    @Inject
    OutboxStore store;

    @Inject
    SwitchConnections connections;

    @Inject
    MetricRegistry metrics;

    @Inject
    SystemCaller systemCaller;

    @Inject
    SwitchSync sync;

    @Inject
    DispatcherWakeup wakeup;

    /** How long a target's next state waits after one was sent (0: never). */
    @Inject
    @ConfigProperty(name = "onenumber.switch.settle-millis", defaultValue = "40")
    long settleMillis;

    private static final int MAX_SETTLING = 500;
    private final Map<String, Long> lastSent = new ConcurrentHashMap<>();
    private final String instance = "dispatcher-" + UUID.randomUUID();
    private final AtomicLong roundNumbers = new AtomicLong();
    /**
     * How long the next round waits after one that sent commands (0: never), so that a stream of commits, each of
     * which wakes the dispatcher, is claimed and completed in rounds of many commands rather than one each.
     */
    @Inject
    @ConfigProperty(name = "onenumber.switch.linger-millis", defaultValue = "20")
    long lingerMillis;

    private DispatchRounds<SwitchCommand> rounds;

    @PostConstruct
    void start() {
        rounds = new DispatchRounds<>(BATCH, Duration.ofMillis(500), MAX_UNREACHABLE_PAUSE, Duration.ofMillis(500),
                Duration.ofMillis(lingerMillis));
        metrics.gauge("onenumber.switch.outbox.pending", store, OutboxStore::pending);
        rounds.start(threads, "Switch dispatcher", this::claim, this::sendAll);
        wakeup.wakeWith(rounds::wake); // a committed change is sent now rather than at the next poll
    }

    @PreDestroy
    void stop() {
        wakeup.clear();
        rounds.stop();
    }

    private volatile String round = "";

    private List<SwitchCommand> claim(int max) {
        round = instance + "#" + roundNumbers.incrementAndGet();
        return store.claimDue(max, round, LEASE, settling());
    }

    /**
     * The targets this instance sent less than the settle time ago: their next state waits for the rest of it, so a
     * burst of changes to one subscriber collapses into one exchange per settle time instead of one per change, while
     * a change to a quiet target goes at once. A round is booked for when the first of them settles.
     */
    private Set<String> settling() {
        long now = System.nanoTime();
        long settle = TimeUnit.MILLISECONDS.toNanos(settleMillis);
        lastSent.values().removeIf(sent -> now - sent >= settle);
        if (lastSent.size() > MAX_SETTLING) {
            return Set.of(); // that busy, rounds are full anyway: batches do the collapsing
        }
        lastSent.values().stream().mapToLong(Long::longValue).min()
                .ifPresent(first -> rounds.wakeAfter(Duration.ofNanos(Math.max(0, first + settle - now))));
        return Set.copyOf(lastSent.keySet());
    }

    /**
     * Sends one round's commands, all in flight on one pooled connection; false when the switch was unreachable.
     * Whatever happens, every claimed command gets an outcome and the round's claims are released: a command whose
     * state cannot be read is refused on its own, and one the round could not finish waits, spending no budget.
     */
    private boolean sendAll(List<SwitchCommand> commands) {
        List<OutboxStore.Outcome> outcomes = new ArrayList<>(commands.size());
        boolean reached = true;
        String unsent = "Not sent in round " + round;
        try {
            List<SwitchCommand> sendable = new ArrayList<>(commands.size());
            List<Function<String, ? extends Request>> requests = new ArrayList<>(commands.size());
            for (SwitchCommand command : commands) {
                try {
                    requests.add(request(command));
                    sendable.add(command);
                } catch (RuntimeException unreadable) {
                    outcomes.add(new OutboxStore.Outcome.Refused(command.getId(),
                            "Outbox command " + command.getId() + " holds no readable state: " + unreadable, false));
                }
            }
            if (!requests.isEmpty()) {
                Timer.Context timer = metrics.timer("onenumber.switch.apply").time();
                try (SwitchConnection connection = connections.open()) {
                    long sentAt = System.nanoTime();
                    sendable.forEach(c -> lastSent.put(c.getTargetKey(), sentAt));
                    addOutcomes(outcomes, sendable, connection.pipeline(requests));
                } catch (SwitchException e) {
                    LOG.fine(() -> "Switch unreachable: " + e.getMessage());
                    // the commands the switch answered before it stopped answering have their outcome; the rest wait
                    addOutcomes(outcomes, sendable, e.answered());
                    unsent = e.getMessage();
                    reached = false;
                } finally {
                    timer.stop();
                }
            }
        } finally {
            // commands without an outcome yet (unreachable switch, or an unexpected failure) wait for a later round
            Set<Long> done = new java.util.HashSet<>();
            outcomes.forEach(o -> done.add(o.id()));
            String reason = unsent;
            commands.stream().filter(c -> !done.contains(c.getId())).forEach(c ->
                    outcomes.add(new OutboxStore.Outcome.Unreachable(c.getId(), reason)));
            recordOutcomes(round, outcomes).forEach(this::gaveUp);
        }
        return reached;
    }

    private static final int RECORD_ATTEMPTS = 3;
    private static final Duration SLOW_RECORDING = Duration.ofSeconds(2);

    /**
     * Records a round's outcomes, trying again when the recording fails (a lock wait that timed out, a deadlock the
     * database broke: each attempt is a transaction of its own). If it still fails, the round's claims are released
     * and the failure is thrown: its commands go again in the next round instead of staying claimed until their lease
     * runs out, a minute in which no newer state of their targets could go either, though the switch may hold them
     * already (it answers a version it holds as stale, which is recorded as applied).
     */
    List<SwitchCommand> recordOutcomes(String round, List<OutboxStore.Outcome> outcomes) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= RECORD_ATTEMPTS; attempt++) {
            long started = System.nanoTime();
            try {
                List<SwitchCommand> failed = store.record(round, outcomes);
                slowRecording(round, attempt, outcomes.size(), started);
                return failed;
            } catch (RuntimeException e) {
                last = e;
                LOG.log(java.util.logging.Level.WARNING, "Recording round " + round + " failed (attempt " + attempt + " of "
                        + RECORD_ATTEMPTS + ")", e);
                if (attempt < RECORD_ATTEMPTS && !pause(Duration.ofMillis(50L << attempt))) {
                    break;
                }
            }
        }
        try {
            store.release(round, outcomes.stream().map(OutboxStore.Outcome::id).toList());
        } catch (RuntimeException e) {
            last.addSuppressed(e); // the lease is the last resort
        }
        throw last;
    }

    /** A recording that took seconds kept its commands pending that long though the switch held them: said so. */
    private static void slowRecording(String round, int attempt, int commands, long started) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (millis >= SLOW_RECORDING.toMillis()) {
            LOG.warning(() -> "Recording round " + round + " (" + commands + " commands, attempt " + attempt + ") took "
                    + millis + " ms; its commands were shown pending meanwhile");
        }
    }

    private static boolean pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The outcomes of the first {@code responses.size()} commands of {@code sent}, in order. */
    private void addOutcomes(List<OutboxStore.Outcome> outcomes, List<SwitchCommand> sent, List<Response> responses) {
        for (int i = 0; i < Math.min(responses.size(), sent.size()); i++) {
            outcomes.add(outcome(sent.get(i).getId(), responses.get(i)));
        }
    }

    private OutboxStore.Outcome outcome(long id, Response response) {
        if (response.isSuccess()) {
            return new OutboxStore.Outcome.Applied(id);
        }
        metrics.counter("onenumber.switch.failures").inc();
        return new OutboxStore.Outcome.Refused(id, response.status().code() + " " + response.text(), response.status().isRetryable());
    }

    /** A command the switch will not take goes into the account's audit trail, as the dispatcher's doing. */
    private void gaveUp(SwitchCommand failed) {
        if (failed != null) {
            try {
                systemCaller.run(new SystemCaller.Principal("switch-dispatcher", failed.getCarrierId(), failed.getAccountId(),
                        Channel.SWITCH), () -> {
                            sync.recordFailure(failed.getId());
                            return null;
                        });
            } catch (RuntimeException e) {
                LOG.log(java.util.logging.Level.WARNING, "Command " + failed.getId() + " failed for good; not audited", e);
            }
        }
    }

    /** The command as a request to pipeline; IllegalStateException when its stored state cannot be read. */
    private static Function<String, ? extends Request> request(SwitchCommand command) {
        String key = command.getTargetKey();
        long version = command.getVersion();
        if (command.getTargetKind() == SwitchTarget.Kind.ACCOUNT_MOBILITY) {
            AccountMobility mobility = payload(command, ApplyAccountMobility.class).mobility();
            return id -> new ApplyAccountMobility(id, key, version, mobility);
        }
        if (command.getTargetKind() == SwitchTarget.Kind.PORTAL) {
            return switch (command.getOperation()) {
                case APPLY -> {
                    PortalState state = payload(command, ApplyPortal.class).state();
                    yield id -> new ApplyPortal(id, key, version, state);
                }
                case REMOVE -> id -> new RemovePortal(id, key, version);
            };
        }
        return switch (command.getOperation()) {
            case APPLY -> {
                SubscriberState state = payload(command, ApplySubscriber.class).state();
                yield id -> new ApplySubscriber(id, key, version, state);
            }
            case REMOVE -> id -> new RemoveSubscriber(id, key, version);
        };
    }

    private static <T> T payload(SwitchCommand command, Class<T> type) {
        try {
            return type.cast(WireCodec.decode(command.getPayload()));
        } catch (WireFormatException | ClassCastException e) {
            throw new IllegalStateException("Outbox command " + command.getId() + " holds no readable state", e);
        }
    }
}
