/**
 * The SOAP benchmark: not a test, and not part of {@code mvn verify}. Run it with
 *
 * <pre>
 *   mvn -B -Pbench package
 * </pre>
 *
 * which builds the WAR, Payara Micro and the test classes (the generated CXF client), skips the
 * tests, and runs {@link org.onenumber.bench.SoapBenchmark} in its own JVM. For each database it
 * starts Payara Micro as a child process on a free loopback port (HTTP listener bound to 127.0.0.1)
 * with a fresh data directory under {@code target/bench-data/<db>}, waits (bounded) for
 * {@code /health/ready} to say UP, makes an account, a site and 16 users through SOAP as the demo
 * carrier client, then drives 1, 4 and 16 concurrent clients (one thread and one CXF proxy each)
 * through three operations:
 * <ul>
 *   <li>{@code Ping}: the SOAP stack's own cost (HTTP, SOAP, Basic authentication, the call wrapper);</li>
 *   <li>{@code GetUser}: a read;</li>
 *   <li>{@code AddUser+DeleteUser}: a write, both calls timed as one operation.</li>
 * </ul>
 * Each (operation, clients) pair gets a warm-up and then a measured window; only calls started in
 * the window count. It prints a Markdown table (db, operation, clients, ops/s, p50, p99, errors) and
 * the server's resident memory, then stops the server (also from a shutdown hook, so it never
 * outlives the benchmark). Nothing asserts timings: the figures are for people to read.
 *
 * <p>Bounds: at most 64 clients, every call has a 30 s timeout, every window is finite, and a
 * watchdog ends the whole run after {@code bench.maxMinutes} (default 30). Traffic goes to
 * 127.0.0.1 only; a PostgreSQL URL whose host is not loopback is refused.
 *
 * <p>Settings (Maven {@code -D} properties, passed through by the {@code bench} profile):
 * <ul>
 *   <li>{@code bench.clients} (default {@code 1,4,16}), {@code bench.warmupSeconds} (10),
 *       {@code bench.durationSeconds} (10), {@code bench.maxMinutes} (30);</li>
 *   <li>{@code bench.postgres.url}: also run on PostgreSQL, e.g.
 *       {@code jdbc:postgresql://127.0.0.1:5432/onenumber_bench}; with {@code bench.postgres.user} and
 *       {@code bench.postgres.password} (default {@code onenumber}/{@code onenumber});</li>
 *   <li>{@code bench.postgres.reset=true}: empty that database first with
 *       {@code DROP OWNED BY CURRENT_USER} (refused for a superuser). Use a database made for the
 *       benchmark only ({@code createdb -O onenumber onenumber_bench}). Without it the database is
 *       used as it is; the schema migrations and the demo data are applied only when missing.</li>
 * </ul>
 * H2 runs (unless {@code bench.h2=false}), on a new file database under {@code target/bench-data/h2}. With
 * {@code bench.postgres.pair=true} PostgreSQL runs with one instance, then with two clustered ones behind HAProxy,
 * then the write pair's own statements over plain JDBC ({@link org.onenumber.bench.WritePairSql}), and a second table
 * gives the ratios.
 *
 * <p>The switch benchmark, {@link org.onenumber.bench.SwitchBenchmark}, runs with
 * {@code mvn -B -Pswitch-bench package}: ApplySubscriber commands per second through the application
 * (outbox, dispatcher, the adapter's pooled connection; Payara Micro on H2 under
 * {@code target/bench-data/switch-h2} with the embedded emulator and its admin port) next to a plain
 * {@code SwitchClient} against a standalone emulator in the benchmark's JVM, and the ratio. Settings:
 * {@code bench.switch.commands} (2000), {@code bench.switch.plainThreads} (4),
 * {@code bench.switch.drainTimeoutSeconds} (300), {@code bench.maxMinutes} (20). The server start and
 * the SOAP client come from {@code org.onenumber.testsupport}, shared with the container tests; what only
 * the benchmarks use is in {@code BenchSoap} and {@code Bench}.
 */
package org.onenumber.bench;
