package org.onenumber.soap;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.ws.Holder;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.onenumber.platform.boundary.Idempotency;
import org.onenumber.platform.boundary.OneTransaction;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.CallContext;
import org.onenumber.platform.control.Channel;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ErrorCode;
import org.onenumber.platform.control.LockTimeout;
import org.onenumber.platform.control.RaceLost;
import org.onenumber.security.control.Caller;
import org.onenumber.ws.v1.OneNumberFault;
import org.onenumber.ws.v1.OneNumberFaultDetail;
import org.onenumber.ws.v1.RequestHeader;
import org.onenumber.ws.v1.ResponseHeader;

/**
 * Runs one SOAP operation: enters the SOAP channel with the client's tracking id, applies the
 * idempotency key, times the call, answers with the response header, and maps every failure to the
 * one typed fault (whose detail carries the tracking id). The only place where business exceptions
 * become SOAP faults. The headers come as method parameters (wsimport -XadditionalHeaders), read and
 * written by JAXB as the message streams; a SOAPHandler would build a SAAJ DOM of every message.
 */
@ApplicationScoped
public class SoapCall {

    private static final Logger LOG = Logger.getLogger(SoapCall.class.getName());
    private static final int MAX_KEY_LENGTH = 100;


    @Inject
    CallContext callContext;

    @Inject
    Caller caller;

    @Inject
    Idempotency idempotency;

    @Inject
    OneTransaction transaction;

    @Inject
    MetricRegistry metrics;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    private final JAXBContext jaxb;
    private static final SOAPFactory SOAP;

    static {
        try {
            SOAP = SOAPFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL);
        } catch (SOAPException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public SoapCall() {
        try {
            jaxb = JAXBContext.newInstance(org.onenumber.ws.v1.ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A read: no idempotency key needed. */
    public <R> R query(RequestHeader header, Holder<ResponseHeader> reply, String operation, Supplier<R> work)
            throws OneNumberFault {
        return run(header, reply, operation, work);
    }

    /** Ping, the same on every port: the server's time, once the credentials are accepted; changes nothing. */
    public org.onenumber.ws.v1.PingResponse ping(RequestHeader header, Holder<ResponseHeader> reply) throws OneNumberFault {
        return query(header, reply, "Ping", () -> {
            var response = new org.onenumber.ws.v1.PingResponse();
            response.setServerTime(XmlTimes.of(java.time.Instant.now()));
            return response;
        });
    }

    /** A change: with an idempotency key, retries get the first response and do nothing again. */
    public <R> R change(RequestHeader header, Holder<ResponseHeader> reply, String operation, Object request,
                        Class<R> responseType, Supplier<R> work) throws OneNumberFault {
        return run(header, reply, operation, () -> {
            String key = header == null || header.getIdempotencyKey() == null ? null : header.getIdempotencyKey().trim();
            if (key == null) {
                // one transaction for the change and the reading of its answer, as with a key (Idempotency's); inside
                // a caller's (a batch document's) the work joins that one as it is, so a refusal reaches the caller
                // as itself and not wrapped as the rollback of a transaction the caller began
                return onceMoreIfRaceLost(inCallersTransaction() ? work : () -> transaction.run(work));
            }
            if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
                throw new BusinessException(CommonError.INVALID_HEADER, "idempotencyKey",
                        "An idempotency key has 1 to " + MAX_KEY_LENGTH + " characters.");
            }
            String hash = sha256(operation + "\n" + toXml(request));
            long carrier = caller.carrierId();
            String login = caller.name();
            String scope = scope();
            Idempotency.Outcome outcome;
            // the response of a run that is kept is answered as it is; only a replay is read back from its XML
            AtomicReference<R> done = new AtomicReference<>();
            Supplier<String> recorded = () -> {
                R response = work.get();
                done.set(response);
                return toXml(response);
            };
            try {
                outcome = idempotency.execute(carrier, login, scope, key, operation, hash, recorded);
            } catch (EJBException e) {
                if (!isRaceLost(e)) {
                    throw e;
                }
                if (inCallersTransaction()) {
                    // a batch document's command: the document's transaction is doomed, so the winner's answer cannot
                    // be read in it; a race on this very key is the key's answer (retry, and get the winner's
                    // response), one on a value the work wrote is the document's to run again
                    if (keyClaimLost(e)) {
                        throw inProgress();
                    }
                    throw e;
                }
                // Lost a race: for this key, the winner's response is replayed; for a unique value or a version
                // the winner took, the request runs once more and now gets the sequential answer (DUPLICATE_*,
                // STALE_VERSION) instead of an internal error.
                Optional<Idempotency.Outcome> winner = idempotency.committed(carrier, login, scope, key, operation, hash);
                if (winner.isPresent()) {
                    outcome = winner.get();
                } else {
                    try {
                        outcome = idempotency.execute(carrier, login, scope, key, operation, hash, recorded);
                    } catch (EJBException again) {
                        if (!isRaceLost(again) || lockTimedOut(again) && !keyClaimLost(again)) {
                            throw again; // a record of the work held twice past the timeout: TRY_AGAIN, from run
                        }
                        throw inProgress();
                    }
                }
            }
            if (outcome.replayed()) {
                reply.value.setReplayed(true);
                return fromXml(outcome.responseXml(), responseType);
            }
            return done.get();
        });
    }

    /** What the login may do now: its roles, sorted, and the account it is bound to (none for carrier-wide logins). */
    private String scope() {
        return new java.util.TreeSet<>(caller.login().roleSet()) + "@" + caller.accountId();
    }

    private <R> R run(RequestHeader header, Holder<ResponseHeader> reply, String operation, Supplier<R> work)
            throws OneNumberFault {
        String given = header == null ? null : header.getTrackingId();
        boolean tooLong = given != null && given.trim().length() > MAX_KEY_LENGTH;
        // a tracking id past the limit is refused, and not echoed back: the fault carries one of ours
        String trackingId = given == null || given.isBlank() || tooLong ? UUID.randomUUID().toString() : given.trim();
        ResponseHeader response = new ResponseHeader();
        response.setTrackingId(trackingId);
        reply.value = response;
        callContext.enter(Channel.SOAP, trackingId);
        Timer.Context timer = metrics.timer("onenumber.soap.operation", new Tag("operation", operation)).time();
        try {
            var violation = ContractViolations.take();
            if (violation.isPresent()) {
                throw new BusinessException(CommonError.INVALID_REQUEST, violation.get().element(),
                        "The request does not match the contract: " + violation.get().expected());
            }
            if (tooLong) {
                throw new BusinessException(CommonError.INVALID_HEADER, "trackingId",
                        "A tracking id has at most " + MAX_KEY_LENGTH + " characters.");
            }
            return work.get();
        } catch (BusinessException e) {
            throw fault(e.code(), e.getMessage(), e.field(), trackingId);
        } catch (RuntimeException e) {
            BusinessException business = cause(e);
            if (business != null) {
                throw fault(business.code(), business.getMessage(), business.field(), trackingId);
            }
            if (refusedAccess(e)) { // itself, or wrapped by a transaction that began outside the refusing bean
                throw fault(CommonError.NOT_PERMITTED, "These credentials may not use " + operation + ".", null, trackingId);
            }
            if (lockTimedOut(e)) { // run once more already (onceMoreIfRaceLost), or a batch document's to run again
                LOG.log(Level.INFO, "SOAP " + operation + " met records held by other work, tracking id " + trackingId, e);
                throw fault(CommonError.TRY_AGAIN, "Records this request needs were held by other work for longer than"
                        + " the lock timeout; nothing was changed. Send the request again.", null, trackingId);
            }
            LOG.log(Level.SEVERE, "SOAP " + operation + " failed, tracking id " + trackingId, e);
            throw fault(CommonError.INTERNAL_ERROR, "The request could not be completed; quote tracking id " + trackingId
                    + " to support.", null, trackingId);
        } finally {
            timer.stop();
        }
    }

    /**
     * A request without a key that lost a race runs once more, to get the answer a sequential caller gets; not inside
     * a caller's transaction (a batch document's), which the lost race doomed: that caller decides.
     */
    private <R> R onceMoreIfRaceLost(Supplier<R> work) {
        try {
            return work.get();
        } catch (EJBException e) {
            if (!isRaceLost(e) || inCallersTransaction()) {
                throw e;
            }
            LOG.log(Level.INFO, e, () -> "A request lost a race to a concurrent transaction (" + raceState(e)
                    + "); running it once more");
            return work.get();
        }
    }

    private boolean inCallersTransaction() {
        return transactions.getTransactionKey() != null;
    }

    /** A unique constraint, an optimistic lock or a lock timeout lost to a concurrent transaction. */
    public static boolean isRaceLost(Throwable e) {
        return RaceLost.causes(e);
    }

    /** A lock waited for past the lock timeout (the work held by another transaction), wherever in the causes. */
    public static boolean lockTimedOut(Throwable e) {
        return LockTimeout.causes(e);
    }

    /** Whether the race was lost on the idempotency key's own claim ({@link Idempotency.KeyClaimLost}). */
    static boolean keyClaimLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Idempotency.KeyClaimLost) {
                return true;
            }
        }
        return false;
    }

    private static BusinessException inProgress() {
        return new BusinessException(CommonError.IDEMPOTENCY_KEY_IN_PROGRESS, "idempotencyKey",
                "A request with this idempotency key is still being processed; retry shortly.");
    }

    /** What lost the race, for the log: the SQL state, or the optimistic lock. */
    private static String raceState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return "SQL state " + sql.getSQLState();
            }
        }
        return "a stale version";
    }

    private static boolean refusedAccess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }

    private static BusinessException cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessException business) {
                return business;
            }
        }
        return null;
    }

    /**
     * The one typed fault, counted by its code. The caller's errors carry faultcode Client, so clients that
     * retry server faults do not retry bad input; only INTERNAL_ERROR and TRY_AGAIN are the Server's. The detail is the
     * contract's OneNumberFaultDetail either way, which every SOAP stack maps to the declared fault.
     */
    private RuntimeException fault(ErrorCode code, String summary, String field, String trackingId) {
        metrics.counter("onenumber.soap.faults", new Tag("code", code.name())).inc();
        OneNumberFaultDetail detail = new OneNumberFaultDetail();
        detail.setCode(code.name());
        detail.setSummary(summary);
        detail.setField(field);
        detail.setTrackingId(trackingId);
        try {
            String side = serverSide(code) ? "Server" : "Client";
            SOAPFault fault = SOAP.createFault(code.name() + ": " + summary,
                    new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, side));
            jaxb.createMarshaller().marshal(detail, fault.addDetail());
            return new Fault(fault, detail);
        } catch (SOAPException | JAXBException e) {
            throw new IllegalStateException("A fault could not be written", e);
        }
    }

    /** Whether a fault of this code is the server's (faultcode Server): by its name, as a batch passes codes on. */
    public static boolean serverSide(ErrorCode code) {
        return code.name().equals(CommonError.INTERNAL_ERROR.name()) || code.name().equals(CommonError.TRY_AGAIN.name());
    }

    /** The contract's fault detail of a failure this class raised, for a channel that reports it in place (a batch). */
    public static Optional<OneNumberFaultDetail> detailOf(RuntimeException failure) {
        return failure instanceof Fault fault ? Optional.of(fault.detail) : Optional.empty();
    }

    /** The SOAP fault with its detail kept as an object. */
    private static final class Fault extends SOAPFaultException {

        private final transient OneNumberFaultDetail detail;

        Fault(SOAPFault fault, OneNumberFaultDetail detail) {
            super(fault);
            this.detail = detail;
        }
    }

    private String toXml(Object jaxbElement) {
        try {
            Marshaller marshaller = jaxb.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            marshaller.marshal(jaxbElement, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    private <R> R fromXml(String xml, Class<R> type) {
        try {
            return jaxb.createUnmarshaller().unmarshal(new StreamSource(new StringReader(xml)), type).getValue();
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
