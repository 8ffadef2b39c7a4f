package org.onenumber.switching.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.onenumber.platform.control.Channel;
import org.onenumber.platform.control.DispatchRounds;
import org.onenumber.security.boundary.SystemCaller;
import org.onenumber.switchadapter.api.SwitchConnection;
import org.onenumber.switchadapter.api.SwitchException;
import org.onenumber.switchadapter.wire.ApplyAccountMobility;
import org.onenumber.switchadapter.wire.ApplyPortal;
import org.onenumber.switchadapter.wire.ApplySubscriber;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.WireCodec;
import org.onenumber.switchadapter.wire.WireFormatException;
import org.onenumber.switching.entity.SwitchCommand;
import org.onenumber.switching.entity.SwitchTarget;

/**
 * Makes the switch match the outbox: every half second it takes the due commands (each the newest
 * pending version of its target; the older ones are superseded), claims each, sends it through
 * a pooled adapter connection and records APPLIED, a retry with backoff, or FAILED with the switch's
 * reason once the retry budget is spent. A switch that cannot be reached spends no budget: the
 * dispatcher itself backs off (doubling up to 30 s) and the commands wait, however long the outage.
 * Runs in every instance; claims keep instances from sending the same command at once.
 */
@Singleton
@Startup
@DependsOn("Database")
public class SwitchDispatcher {

    private static final Logger LOG = Logger.getLogger(SwitchDispatcher.class.getName());
    private static final int BATCH = 100;
    private static final Duration MAX_UNREACHABLE_PAUSE = Duration.ofSeconds(30);

    @Resource
    ManagedScheduledExecutorService scheduler;

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
    @ConfigProperty(name = "onenumber.switch.retry-budget", defaultValue = "8")
    int retryBudget;

    @Inject
    @ConfigProperty(name = "onenumber.switch.retry-pause-millis", defaultValue = "1000")
    long retryPauseMillis;

    private final String instance = "dispatcher-" + UUID.randomUUID();
    private final DispatchRounds rounds = new DispatchRounds(BATCH, Duration.ofMillis(500), MAX_UNREACHABLE_PAUSE);

    @PostConstruct
    void start() {
        metrics.gauge("onenumber.switch.outbox.pending", store, OutboxStore::pending);
        rounds.start(scheduler, "Switch dispatcher", store::due, this::sendAll);
    }

    @PreDestroy
    void stop() {
        rounds.stop();
    }

    /** Sends one batch over one pooled connection; false when the connection broke. */
    private boolean sendAll(List<Long> ids) {
        Duration pause = Duration.ofMillis(retryPauseMillis);
        try (SwitchConnection connection = connections.open()) {
            for (long id : ids) {
                if (!store.claim(id, instance, Duration.ofMinutes(1))) {
                    continue; // another instance has it
                }
                SwitchCommand command = store.find(id);
                Timer.Context timer = metrics.timer("onenumber.switch.apply").time();
                Response response;
                try {
                    response = send(connection, command);
                } catch (SwitchException e) {
                    store.unreachable(id, e.getMessage());
                    return false;
                } catch (IllegalStateException unreadable) {
                    gaveUp(store.failed(id, unreadable.getMessage(), false, retryBudget, pause));
                    continue;
                } finally {
                    timer.stop();
                }
                if (response.isSuccess()) {
                    store.applied(id);
                } else {
                    gaveUp(store.failed(id, response.status().code() + " " + response.text(),
                            response.status().isRetryable(), retryBudget, pause));
                    metrics.counter("onenumber.switch.failures").inc();
                }
            }
            return true;
        } catch (SwitchException e) {
            LOG.fine(() -> "Switch unreachable: " + e.getMessage());
            if (store.claim(ids.get(0), instance, Duration.ofMinutes(1))) {
                store.unreachable(ids.get(0), e.getMessage());
            }
            return false;
        }
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

    private static Response send(SwitchConnection connection, SwitchCommand command) throws SwitchException {
        if (command.getTargetKind() == SwitchTarget.Kind.ACCOUNT_MOBILITY) {
            return connection.applyAccountMobility(command.getTargetKey(), command.getVersion(),
                    payload(command, ApplyAccountMobility.class).mobility());
        }
        if (command.getTargetKind() == SwitchTarget.Kind.PORTAL) {
            return switch (command.getOperation()) {
                case APPLY -> connection.applyPortal(command.getTargetKey(), command.getVersion(),
                        payload(command, ApplyPortal.class).state());
                case REMOVE -> connection.removePortal(command.getTargetKey(), command.getVersion());
            };
        }
        return switch (command.getOperation()) {
            case APPLY -> connection.applySubscriber(command.getTargetKey(), command.getVersion(),
                    payload(command, ApplySubscriber.class).state());
            case REMOVE -> connection.removeSubscriber(command.getTargetKey(), command.getVersion());
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
