package org.onenumber.switchadapter.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.stream.LongStream;
import javax.transaction.xa.XAResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onenumber.switchadapter.api.SwitchEventListener;
import org.onenumber.switchadapter.wire.ApplySubscriber;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.Event;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switchadapter.wire.Status;
import org.onenumber.switchadapter.wire.SubscriberState;
import org.onenumber.switchadapter.wire.SwitchClient;
import org.onenumber.switchsim.SwitchEmulator;

/**
 * The adapter's delivery of switch events to a bean, against the emulator: a bean that refuses a delivery of several
 * events (as a transaction that lost a race would) still gets each of them once and in order, and an event refused
 * alone comes again (the adapter closes the connection and subscribes again), after the events before it were kept;
 * an Error out of the bean or the listener is a failure like any other, and an event refused every time is tried at
 * ever longer intervals.
 */
class EventSubscriptionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String MAC = "00:10:49:1A:2B:3C";
    private static final int TOGGLES = 30;
    /** The station's two registrations, then the toggles of the desk phone. */
    private static final long LAST = 2 + TOGGLES;

    private SwitchEmulator emulator;
    private SwitchClient setup;
    private EventSubscription subscription;
    private Thread worker;

    @BeforeEach
    void start() throws Exception {
        emulator = SwitchEmulator.start(SwitchEmulator.Settings.defaults().withCredentials("adapter", "secret"));
        setup = SwitchClient.connect("127.0.0.1", emulator.port(), TIMEOUT, TIMEOUT);
        assertEquals(Status.OK, setup.login("adapter", "secret").status());
        SubscriberState station = new SubscriberState("+15615550100", "1001", "Ada Lovelace", true,
                List.of(new Endpoint(Endpoint.Kind.DESK, MAC), new Endpoint(Endpoint.Kind.MOBILE_CLIENT, "FEBC00000027")),
                RingSettings.of(RingSettings.PreferredDevice.AUTO_PILOT), CallForwarding.NONE, false, true);
        assertEquals(Status.OK, setup.send(id -> new ApplySubscriber(id, "ada", 1, station)).status());
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (subscription != null) {
            subscription.release();
            worker.join(TIMEOUT.toMillis());
        }
        setup.close();
        emulator.close();
    }

    @Test
    void aDeliveryOfSeveralThatFailsIsDeliveredOneEventAtATimeEachOnceInOrder() throws Exception {
        // refuses any delivery that holds seq 5 with others: only one at a time gets it through
        Bean bean = new Bean((events, alone) -> events.size() > 1 && events.stream().anyMatch(e -> e.seq() == 5));
        subscribe(bean);
        toggleWhileTheBeanIsBusy(bean);

        assertEquals(LongStream.rangeClosed(1, LAST).boxed().toList(), bean.awaitRecorded(LAST));
        assertTrue(bean.refusals.size() >= 1, "a delivery of several was refused: " + bean.deliveries);
        assertTrue(bean.deliveries.stream().anyMatch(d -> d.size() == 1 && d.get(0) == 5),
                "seq 5 came alone after the refusal: " + bean.deliveries);
        awaitAcknowledged(LAST);
        assertEquals(List.of(EventSubscription.ON_SWITCH_EVENTS), bean.methods.stream().distinct().toList());
    }

    @Test
    void anEventRefusedAloneComesAgainAfterTheEventsBeforeItWereKept() throws Exception {
        refusedAloneOnceThenRecordedWithTheRest(seqs -> new IllegalStateException("refused " + seqs));
    }

    @Test
    void anErrorThrownThroughTheBeanIsAFailedDeliveryAndTheEventsGoOn() throws Exception {
        // an Error, not an Exception: the code before let it end the connection's reader thread, after which no event
        // came again and the subscription never reconnected
        refusedAloneOnceThenRecordedWithTheRest(seqs -> new AssertionError("the bean broke on " + seqs));
    }

    /** Seq 5 is refused (with {@code refusal}) with others always, and alone the first time: a failure that passes. */
    private void refusedAloneOnceThenRecordedWithTheRest(java.util.function.Function<List<Long>, Throwable> refusal)
            throws Exception {
        CountDownLatch refusedAlone = new CountDownLatch(1);
        Bean bean = new Bean((events, alone) -> events.stream().anyMatch(e -> e.seq() == 5)
                && (events.size() > 1 || alone.getCount() == 1 && countDown(alone)), refusedAlone);
        bean.refuseWith = refusal;
        subscribe(bean);
        toggleWhileTheBeanIsBusy(bean);

        assertEquals(LongStream.rangeClosed(1, LAST).boxed().toList(), bean.awaitRecorded(LAST));
        assertEquals(0, refusedAlone.getCount(), "seq 5 was refused alone once: " + bean.deliveries);
        awaitAcknowledged(LAST);
    }

    @Test
    void anEventRefusedEveryTimeIsTriedAgainAtLongerAndLongerIntervals() throws Exception {
        // seq 5 is refused always: the events before it are kept, and then it comes again after 250 ms, 500 ms and
        // 1 s (the longest backoff here), not every 250 ms as on today's main
        Bean bean = new Bean((events, unused) -> events.stream().anyMatch(e -> e.seq() == 5));
        subscribe(bean);
        toggleWhileTheBeanIsBusy(bean);

        assertEquals(List.of(1L, 2L, 3L, 4L), bean.awaitRecorded(4));
        List<Long> tries = bean.awaitAloneTries(5);
        assertTrue(tries.size() >= 5, "seq 5 tried alone five times: " + bean.deliveries);
        List<Long> alone = tries.subList(0, 5);
        List<Long> gaps = LongStream.range(1, alone.size()).map(i -> alone.get((int) i) - alone.get((int) i - 1)).boxed().toList();
        assertTrue(gaps.get(2) >= 900 && gaps.get(3) >= 900, "the third and fourth wait are the longest backoff (1 s): " + gaps + " ms");
        assertEquals(List.of(1L, 2L, 3L, 4L), List.copyOf(bean.recorded), "nothing after seq 5 was recorded");
    }

    @Test
    void aSwitchThatDropsEachConnectionOnceSubscribedIsTriedAgainAtLongerAndLongerIntervals() throws Exception {
        // the switch accepts login and subscription, then the connection ends at once, again and again: on the code
        // before, such a connection reset the backoff (it ended without a refusal) and the adapter reconnected every
        // 250 ms for as long as it lasted
        Bean bean = new Bean((events, unused) -> false);
        bean.release.countDown();
        subscribe(bean);
        assertEquals(List.of(1L, 2L), bean.awaitRecorded(2));
        setup.close();
        List<Long> connectedAt = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(4500);
        while (System.nanoTime() < end) {
            if (emulator.openConnections() > 0) {
                connectedAt.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime()));
                Thread.sleep(60); // logged in and subscribed meanwhile, on loopback
                emulator.dropConnections();
                while (emulator.openConnections() > 0 && System.nanoTime() < end) {
                    Thread.sleep(5);
                }
            }
            Thread.sleep(5);
        }
        List<Long> gaps = LongStream.range(1, connectedAt.size())
                .map(i -> connectedAt.get((int) i) - connectedAt.get((int) i - 1)).boxed().toList();
        assertTrue(connectedAt.size() >= 4 && connectedAt.size() <= 7,
                "250 ms, 500 ms, then the longest backoff (1 s) between connections, not 250 ms each: " + gaps + " ms");
        assertTrue(gaps.get(2) >= 900, "the third wait is the longest backoff: " + gaps + " ms");
    }

    @Test
    void aListenerThatThrowsAnErrorClosesTheConnectionAndIsToldSo() throws Exception {
        // the wire client under the adapter: an Error out of its listener ended the reader thread on today's main and
        // left the connection open, deaf, and its listener never told
        CountDownLatch closed = new CountDownLatch(1);
        try (SwitchClient client = SwitchClient.connect("127.0.0.1", emulator.port(), TIMEOUT, TIMEOUT)) {
            assertEquals(Status.OK, client.login("adapter", "secret").status());
            client.subscribe(0, new org.onenumber.switchadapter.wire.SwitchEventListener() {
                @Override
                public void onEvent(Event event) {
                    throw new AssertionError("the listener broke on " + event.seq());
                }

                @Override
                public void onClosed(org.onenumber.switchadapter.wire.SwitchConnectionException cause) {
                    closed.countDown();
                }
            });
            assertTrue(closed.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "the listener heard the connection close");
            assertFalse(client.isOpen(), "the connection is closed");
        }
    }

    private void subscribe(Bean bean) {
        SwitchActivationSpec spec = new SwitchActivationSpec();
        spec.setPort(String.valueOf(emulator.port()));
        spec.setUser("adapter");
        spec.setPassword("secret");
        spec.setMaxBackoffSeconds(1);
        subscription = new EventSubscription(bean, spec);
        worker = new Thread(subscription, "subscription");
        worker.start();
    }

    /** The desk phone unregisters and registers again and again while the bean holds its first delivery. */
    private void toggleWhileTheBeanIsBusy(Bean bean) throws InterruptedException {
        assertTrue(bean.firstHeld.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "no event was delivered");
        for (int i = 0; i < TOGGLES; i++) {
            emulator.registerEndpoint(MAC, i % 2 == 1);
        }
        Thread.sleep(1000); // the events wait in the connection meanwhile
        bean.release.countDown();
    }

    private void awaitAcknowledged(long seq) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (emulator.ackedEventSeq() < seq && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(seq, emulator.ackedEventSeq(), "the switch heard the acknowledgement of the last event");
    }

    private static boolean countDown(CountDownLatch latch) {
        latch.countDown();
        return true;
    }

    /**
     * A message-driven bean as the container gives it to the adapter: one delivery recorded whole or, refused, not at
     * all (the transaction rolled back). The first delivery waits for {@link #release}.
     */
    private static final class Bean implements MessageEndpointFactory {

        final List<List<Long>> deliveries = new CopyOnWriteArrayList<>();
        final List<List<Long>> refusals = new CopyOnWriteArrayList<>();
        final List<Long> recorded = new CopyOnWriteArrayList<>();
        final List<Method> methods = new CopyOnWriteArrayList<>();
        /** When seq 5 came alone, in ms of the nano clock. */
        final List<Long> aloneAt = new CopyOnWriteArrayList<>();
        /** What a refusal throws. */
        java.util.function.Function<List<Long>, Throwable> refuseWith = seqs -> new IllegalStateException("refused " + seqs);
        final CountDownLatch firstHeld = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final BiPredicate<List<Event>, CountDownLatch> refuses;
        private final CountDownLatch state;

        Bean(BiPredicate<List<Event>, CountDownLatch> refuses) {
            this(refuses, new CountDownLatch(0));
        }

        Bean(BiPredicate<List<Event>, CountDownLatch> refuses, CountDownLatch state) {
            this.refuses = refuses;
            this.state = state;
        }

        List<Long> awaitAloneTries(int tries) throws InterruptedException {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (aloneAt.size() < tries && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            return List.copyOf(aloneAt);
        }

        List<Long> awaitRecorded(long count) throws InterruptedException {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (recorded.size() < count && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            return List.copyOf(recorded);
        }

        @Override
        public MessageEndpoint createEndpoint(XAResource xaResource) {
            return new Delivery();
        }

        @Override
        public MessageEndpoint createEndpoint(XAResource xaResource, long timeout) {
            return new Delivery();
        }

        @Override
        public boolean isDeliveryTransacted(Method method) {
            return true;
        }

        @Override
        public String getActivationName() {
            return "switch-events";
        }

        @Override
        public Class<?> getEndpointClass() {
            return Delivery.class;
        }

        private final class Delivery implements MessageEndpoint, SwitchEventListener {

            @Override
            public void beforeDelivery(Method method) {
                methods.add(method);
            }

            @Override
            public void afterDelivery() {
            }

            @Override
            public void release() {
            }

            @Override
            public void onSwitchEvents(List<Event> events) {
                List<Long> seqs = events.stream().map(Event::seq).toList();
                deliveries.add(seqs);
                if (seqs.equals(List.of(5L))) {
                    aloneAt.add(System.nanoTime() / 1_000_000);
                }
                if (deliveries.size() == 1) {
                    firstHeld.countDown();
                    try {
                        release.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                if (refuses.test(events, state)) {
                    refusals.add(seqs);
                    Throwable refusal = refuseWith.apply(seqs);
                    if (refusal instanceof Error error) {
                        throw error;
                    }
                    throw (RuntimeException) refusal;
                }
                recorded.addAll(seqs);
            }
        }
    }
}
