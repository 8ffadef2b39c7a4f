package org.onenumber.switchadapter.wire;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One blocking connection to the switch: requests from any number of threads, each waiting for the response
 * with its id; a reader thread matches responses to waiters and hands events to the listener. Once the
 * connection breaks every waiter and every later call fails with {@link SwitchConnectionException}; a client
 * is never reconnected in place, the owner opens a new one (so a pool can simply discard a broken one).
 */
public final class SwitchClient implements AutoCloseable {

    /** The most events handed to the listener at once. */
    public static final int MAX_BURST = 100;

    private final Socket socket;
    private final BufferedInputStream in;
    private final OutputStream out;
    private final Duration requestTimeout;
    private final String peer;
    private final Map<String, CompletableFuture<Response>> pending = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Object writeLock = new Object();
    private volatile SwitchEventListener listener;
    private volatile SwitchConnectionException broken;
    private volatile boolean closed;

    private SwitchClient(Socket socket, Duration requestTimeout) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = new BufferedOutputStream(socket.getOutputStream());
        this.requestTimeout = requestTimeout;
        this.peer = socket.getRemoteSocketAddress().toString();
        Thread reader = new Thread(this::readLoop, "switch-client-" + peer);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Connects within {@code connectTimeout}; each request then waits at most {@code requestTimeout} for
     * its response. The connection is not logged in yet.
     */
    public static SwitchClient connect(String host, int port, Duration connectTimeout, Duration requestTimeout)
            throws SwitchConnectionException {
        return connect(host, port, false, connectTimeout, requestTimeout);
    }

    /** As above, over TLS when {@code tls} is set (the JVM's default trust store decides whom to trust). */
    public static SwitchClient connect(String host, int port, boolean tls, Duration connectTimeout, Duration requestTimeout)
            throws SwitchConnectionException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(new InetSocketAddress(host, port), Math.toIntExact(connectTimeout.toMillis()));
            if (tls) {
                SSLSocket secure = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                        .createSocket(socket, host, port, true);
                secure.setSoTimeout(Math.toIntExact(connectTimeout.toMillis()));
                secure.startHandshake();
                secure.setSoTimeout(0);
                socket = secure;
            }
            return new SwitchClient(socket, requestTimeout);
        } catch (IOException e) {
            closeQuietly(socket);
            throw new SwitchConnectionException("Cannot connect to the switch at " + host + ":" + port + ": "
                    + e.getMessage(), e);
        }
    }

    /** Logs in; the caller checks the status (401 for wrong credentials). */
    public Response login(String user, String password) throws SwitchConnectionException {
        return send(id -> new Login(id, user, password));
    }

    /**
     * Sends a request built around an id this client chooses, and waits for its response. Statuses are
     * returned, not thrown: what a 409 or a 503 means is the caller's business.
     */
    public Response send(Function<String, ? extends Request> request) throws SwitchConnectionException {
        return send(request.apply("r" + ids.incrementAndGet()));
    }

    /** Sends a request whose id the caller chose; it must not equal the id of a request still waiting. */
    public Response send(Request request) throws SwitchConnectionException {
        CompletableFuture<Response> answer = new CompletableFuture<>();
        if (pending.putIfAbsent(request.id(), answer) != null) {
            throw new IllegalArgumentException("Request id " + request.id() + " is already waiting for a response");
        }
        try {
            write(request);
            return answer.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SwitchTimeoutException("No response to " + request.getClass().getSimpleName() + " "
                    + request.id() + " from " + peer + " within " + requestTimeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw (SwitchConnectionException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SwitchConnectionException("Interrupted while waiting for the switch", e);
        } finally {
            pending.remove(request.id());
        }
    }

    /**
     * Pipelines: sends every request at once, built around ids this client chooses, without waiting between them,
     * then waits for all their responses (matched by id, in whatever order the switch answers) and returns them in
     * the order of the requests. Each answer is awaited at most the request timeout after the one before it arrived.
     */
    public List<Response> sendAll(List<? extends Function<String, ? extends Request>> requests) throws SwitchConnectionException {
        List<Request> built = new ArrayList<>(requests.size());
        List<CompletableFuture<Response>> answers = new ArrayList<>(requests.size());
        for (Function<String, ? extends Request> request : requests) {
            Request r = request.apply("r" + ids.incrementAndGet());
            CompletableFuture<Response> answer = new CompletableFuture<>();
            pending.put(r.id(), answer);
            built.add(r);
            answers.add(answer);
        }
        try {
            ensureOpen();
            try {
                synchronized (writeLock) {
                    for (Request r : built) {
                        Frames.write(out, WireCodec.encode(r), false);
                    }
                    out.flush();
                }
            } catch (IOException e) {
                throw fail(new SwitchConnectionException("Lost the connection to the switch at " + peer
                        + " while sending: " + e.getMessage(), e));
            }
            // a switch answers one request after another: the wait for each answer starts when the one before arrived
            long deadline = System.nanoTime() + requestTimeout.toNanos();
            List<Response> responses = new ArrayList<>(built.size());
            for (int i = 0; i < built.size(); i++) {
                if (i > 0) {
                    deadline = Math.max(deadline, System.nanoTime() + requestTimeout.toNanos());
                }
                long left = Math.max(0, deadline - System.nanoTime());
                try {
                    responses.add(answers.get(i).get(left, TimeUnit.NANOSECONDS));
                } catch (TimeoutException e) {
                    throw new SwitchTimeoutException("No response to " + built.get(i).getClass().getSimpleName() + " "
                            + built.get(i).id() + " from " + peer + " within " + requestTimeout.toMillis() + " ms", responses);
                } catch (ExecutionException e) {
                    // the responses that came before the connection failed keep their outcome
                    throw new SwitchConnectionException(e.getCause().getMessage(), e.getCause(), responses);
                }
            }
            return responses;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SwitchConnectionException("Interrupted while waiting for the switch", e);
        } finally {
            built.forEach(r -> pending.remove(r.id()));
        }
    }

    /**
     * Starts the event stream after {@code fromSequence} (the last seq this consumer acknowledged; 0 at
     * first). The listener is in place before the request goes out, so no event slips past it.
     */
    public Response subscribe(long fromSequence, SwitchEventListener eventListener) throws SwitchConnectionException {
        this.listener = eventListener;
        return send(id -> new Subscribe(id, fromSequence));
    }

    /** Acknowledges all events up to {@code seq}; there is no response. */
    public void ack(long seq) throws SwitchConnectionException {
        write(new Ack(seq));
    }

    public boolean isOpen() {
        return broken == null && !closed;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            closeQuietly(socket);
        }
    }

    private void write(Message message) throws SwitchConnectionException {
        ensureOpen();
        try {
            synchronized (writeLock) {
                WireCodec.write(out, message);
            }
        } catch (IOException e) {
            throw fail(new SwitchConnectionException("Lost the connection to the switch at " + peer
                    + " while sending: " + e.getMessage(), e));
        }
    }

    private void ensureOpen() throws SwitchConnectionException {
        if (broken != null) {
            throw new SwitchConnectionException("The connection to the switch at " + peer + " is broken: "
                    + broken.getMessage(), broken);
        }
        if (closed) {
            throw new SwitchConnectionException("The connection to the switch at " + peer + " was closed", null);
        }
    }

    /**
     * Reads frames until the connection ends. Events whose frames have wholly arrived by the time one is read (a busy
     * switch's stream) go to the listener together, up to {@link #MAX_BURST}, so that its consumer can record them
     * in one transaction; a lone event goes as soon as it is read, and a burst never waits for the network. A
     * response ends a burst and is handed to its waiter after the events read before it, as they came. (Over TLS the
     * socket counts only what it has decrypted, about one frame, so bursts there are mostly single events.)
     */
    private void readLoop() {
        SwitchConnectionException cause;
        try {
            Message message;
            while ((message = WireCodec.read(in)) != null) {
                if (!(message instanceof Event first)) {
                    dispatch(message);
                    continue;
                }
                List<Event> burst = new ArrayList<>();
                burst.add(first);
                Message after = null;
                while (after == null && burst.size() < MAX_BURST && Frames.arrived(in)) {
                    Message next;
                    try {
                        next = WireCodec.read(in);
                    } catch (IOException e) { // the events before a frame that cannot be read are kept
                        deliver(List.copyOf(burst));
                        throw e;
                    }
                    if (next instanceof Event event) {
                        burst.add(event);
                    } else {
                        after = next;
                    }
                }
                deliver(List.copyOf(burst));
                if (after != null) {
                    dispatch(after);
                }
            }
            cause = new SwitchConnectionException("The switch at " + peer + " closed the connection", null);
        } catch (WireFormatException e) {
            cause = new SwitchConnectionException("The switch at " + peer + " sent something that is not our "
                    + "protocol: " + e.getMessage(), e);
        } catch (IOException e) {
            cause = new SwitchConnectionException("Lost the connection to the switch at " + peer + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException | Error e) { // an error too: the connection must not outlive its reader
            cause = new SwitchConnectionException("The event listener failed; closing the connection to " + peer, e);
        }
        fail(closed ? null : cause);
    }

    private void dispatch(Message message) {
        if (message instanceof Response response) {
            CompletableFuture<Response> waiter = pending.get(response.id());
            if (waiter != null) {
                waiter.complete(response);
            }
        }
    }

    /** Hands events to the listener while the connection is open: once closed, nothing more is delivered. */
    private void deliver(List<Event> events) {
        SwitchEventListener current = listener;
        if (current != null && !closed && broken == null) {
            current.onEvents(events);
        }
    }

    /** Marks the connection broken (cause null: closed by us), releases every waiter and tells the listener once. */
    private synchronized SwitchConnectionException fail(SwitchConnectionException cause) {
        boolean first = broken == null;
        if (first) {
            broken = cause != null ? cause
                    : new SwitchConnectionException("The connection to the switch at " + peer + " was closed", null);
            closeQuietly(socket);
            pending.values().forEach(waiter -> waiter.completeExceptionally(broken));
            SwitchEventListener current = listener;
            if (current != null) {
                current.onClosed(cause);
            }
        }
        return broken;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Nothing left to release: the socket is unusable either way.
        }
    }
}
