package org.onenumber.soap.bulk;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.jws.WebService;
import jakarta.xml.ws.Holder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onenumber.platform.boundary.OneTransaction;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ErrorCode;
import org.onenumber.soap.ContractViolations;
import org.onenumber.soap.SoapCall;
import org.onenumber.switching.control.SwitchProjection;
import org.onenumber.ws.v1.BatchCommand;
import org.onenumber.ws.v1.BatchCommandStatus;
import org.onenumber.ws.v1.BatchMode;
import org.onenumber.ws.v1.BatchResult;
import org.onenumber.ws.v1.BulkPort;
import org.onenumber.ws.v1.ExecuteBatch;
import org.onenumber.ws.v1.ExecuteBatchResponse;
import org.onenumber.ws.v1.OneNumberFault;
import org.onenumber.ws.v1.OneNumberFaultDetail;
import org.onenumber.ws.v1.Ping;
import org.onenumber.ws.v1.PingResponse;
import org.onenumber.ws.v1.RequestHeader;
import org.onenumber.ws.v1.ResponseHeader;

/**
 * Batch documents (BulkPort in wsdl/bulk.wsdl): up to 100 write commands of the provisioning, Mobility and
 * Office Anywhere ports in one request, each run exactly as its own operation would run it ({@link BatchCommands}),
 * ALL_OR_NOTHING in one transaction or EACH on its own (tried in one transaction first, see {@link #each}).
 */
@SchemaValidation(handler = ContractViolations.class, outbound = false)
@WebService(serviceName = "BulkService", portName = "BulkPort",
        targetNamespace = "urn:onenumber:provisioning:v1",
        endpointInterface = "org.onenumber.ws.v1.BulkPort",
        wsdlLocation = "WEB-INF/wsdl/bulk.wsdl")
public class BulkEndpoint implements BulkPort {

    private static final Logger LOG = Logger.getLogger(BulkEndpoint.class.getName());
    private static final int MAX_TRACKING_PREFIX = 90;

    private volatile Beans beans;

    private record Beans(SoapCall call, OneTransaction transaction, SwitchProjection projection, BatchCommands commands) {
    }

    private Beans beans() {
        if (beans == null) {
            CDI<Object> cdi = CDI.current();
            beans = new Beans(cdi.select(SoapCall.class).get(), cdi.select(OneTransaction.class).get(),
                    cdi.select(SwitchProjection.class).get(), new BatchCommands());
        }
        return beans;
    }

    @Override
    public PingResponse ping(Ping parameters, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().ping(requestHeader, responseHeader);
    }

    @Override
    public ExecuteBatchResponse executeBatch(ExecuteBatch request, RequestHeader requestHeader,
                                             Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "ExecuteBatch", () -> {
            if (requestHeader != null && requestHeader.getIdempotencyKey() != null) {
                throw new BusinessException(CommonError.INVALID_HEADER, "idempotencyKey",
                        "A batch is not retried as a whole: give each command its own idempotencyKey.");
            }
            String tracking = responseHeader.value.getTrackingId();
            String prefix = tracking.length() > MAX_TRACKING_PREFIX ? tracking.substring(0, MAX_TRACKING_PREFIX) : tracking;
            List<BatchCommand> commands = request.getCommand();
            if (request.getMode() == BatchMode.EACH) {
                return answer(each(commands, prefix));
            }
            List<BatchResult> results = allOrNothing(commands, prefix);
            if (runAgain(results)) {
                // nothing was kept, so the whole document may run again: a lock wait that timed out (TRY_AGAIN) or a
                // race lost to another document (a user's row, a license, is locked until a document's transaction
                // ends) reaches the command as an internal error; once more, it meets the winner's committed state
                results = allOrNothing(commands, prefix + "-again");
            }
            BatchResult failed = results.get(results.size() - 1);
            if (failed.getStatus() == BatchCommandStatus.FAILED) {
                throw refusal(failed, commands.get(failed.getIndex() - 1));
            }
            return answer(results);
        });
    }

    /**
     * EACH: as a rule every command of a document answers OK, so they are run first as ALL_OR_NOTHING runs them, in one
     * transaction with their stations projected together at its end (an enablement document: one commit and one switch
     * state a station, instead of a transaction and a projection a command). That is kept only when every command
     * answered OK, which is the answer running them one by one would have given. Otherwise nothing of it is kept and
     * every command runs again on its own, in order, each kept or not by itself: the answers EACH has always given,
     * at the price of running again the commands before the first that failed.
     */
    private List<BatchResult> each(List<BatchCommand> commands, String trackingPrefix) {
        List<BatchResult> together = allOrNothing(commands, trackingPrefix);
        if (together.stream().allMatch(result -> result.getStatus() == BatchCommandStatus.OK)) {
            return together;
        }
        return run(commands, trackingPrefix, false);
    }

    private List<BatchResult> allOrNothing(List<BatchCommand> commands, String trackingPrefix) {
        // the switch states of the document's stations are written together at its end (SwitchProjection#together)
        return inOneTransaction(beans().transaction(), beans().commands(),
                () -> beans().projection().together(() -> run(commands, trackingPrefix, true)));
    }

    /**
     * The document's results, kept only when every command answered OK. When the transaction was doomed underneath,
     * or its commit lost a race (a unique value or a row another document wrote first, which shows only when the last
     * statements are flushed), nothing was kept and the last command answers the race as an internal error, which
     * {@link #executeBatch} answers by running the document once more, as a single call is run once more: it then
     * meets the winner's committed state and gets the sequential answer (DUPLICATE_*, STALE_VERSION) in place.
     */
    static List<BatchResult> inOneTransaction(OneTransaction transaction, BatchCommands operations,
                                              Supplier<List<BatchResult>> commands) {
        List<BatchResult> results = new ArrayList<>();
        try {
            return transaction.run(() -> {
                results.addAll(commands.get());
                return results;
            }, done -> done.stream().allMatch(r -> r.getStatus() == BatchCommandStatus.OK))
                    .orElseGet(() -> raceLost(results, operations));
        } catch (EJBException e) {
            if (results.isEmpty() || !SoapCall.isRaceLost(e)) {
                throw e;
            }
            LOG.log(Level.INFO, "A batch document lost a race at commit; nothing of it was kept", e);
            return raceLost(results, operations);
        }
    }

    /** Every command answered, yet nothing was kept: never "all OK". */
    private static List<BatchResult> raceLost(List<BatchResult> results, BatchCommands operations) {
        BatchResult last = results.get(results.size() - 1);
        last.setStatus(BatchCommandStatus.FAILED);
        last.setReplayed(false);
        for (BatchCommands.Operation operation : operations.all()) {
            operation.answer(last, null); // a result that turned out not done carries no operation's answer
        }
        last.setOneNumberFaultDetail(detail(CommonError.INTERNAL_ERROR.name(), "The batch met a concurrent change"
                + " and nothing of it was kept; send it again.", null));
        return results;
    }

    private static boolean runAgain(List<BatchResult> results) {
        BatchResult last = results.get(results.size() - 1);
        return last.getStatus() == BatchCommandStatus.FAILED
                && (CommonError.INTERNAL_ERROR.name().equals(last.getOneNumberFaultDetail().getCode())
                || CommonError.TRY_AGAIN.name().equals(last.getOneNumberFaultDetail().getCode()));
    }

    /** Runs the commands in order; with {@code stopAtFailure}, none after the first that fails. */
    private List<BatchResult> run(List<BatchCommand> commands, String trackingPrefix, boolean stopAtFailure) {
        return run(commands.size(), i -> runOne(commands.get(i), i + 1, trackingPrefix),
                stopAtFailure ? beans().transaction()::settle : null);
    }

    /**
     * Runs {@code count} commands in order. With {@code settle} (one transaction for all, stopping at the first
     * failure), each OK command's records are written and let go before the next: a write that fails there is that
     * command's failure, answered as {@link #runOne} answers one inside it, and a race lost there (a row another
     * document wrote or locked first) is answered as the internal error {@link #executeBatch} runs the document again
     * for, as a race lost at the commit is (before, it left the document unanswered, an internal error of the call).
     */
    static List<BatchResult> run(int count, IntFunction<BatchResult> runOne, Runnable settle) {
        List<BatchResult> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BatchResult result = runOne.apply(i);
            results.add(result);
            if (settle == null) {
                continue;
            }
            if (result.getStatus() == BatchCommandStatus.FAILED) {
                break;
            }
            try {
                settle.run();
            } catch (RuntimeException e) {
                results.set(i, failedAtFlush(result, e));
                break;
            }
        }
        return results;
    }

    private static BatchResult failedAtFlush(BatchResult answered, RuntimeException e) {
        BatchResult result = new BatchResult();
        result.setIndex(answered.getIndex());
        Optional<OneNumberFaultDetail> detail = SoapCall.detailOf(e);
        if (detail.isPresent()) {
            return failed(result, detail.get());
        }
        if (SoapCall.lockTimedOut(e)) {
            LOG.log(Level.INFO, "Batch command " + answered.getIndex() + " met records held by other work", e);
            return failed(result, detail(CommonError.TRY_AGAIN.name(), "Records this command needs were held by other"
                    + " work for longer than the lock timeout; nothing of the batch was kept. Send it again.", null));
        }
        if (SoapCall.isRaceLost(e)) {
            LOG.log(Level.INFO, "Batch command " + answered.getIndex() + " lost a race as its writes were flushed", e);
            return failed(result, detail(CommonError.INTERNAL_ERROR.name(), "The batch met a concurrent change and"
                    + " nothing of it was kept; send it again.", null));
        }
        LOG.log(Level.SEVERE, "Batch command " + answered.getIndex() + " failed as its writes were flushed", e);
        return failed(result, detail(CommonError.INTERNAL_ERROR.name(), "The command could not be completed.", null));
    }

    private BatchResult runOne(BatchCommand command, int index, String trackingPrefix) {
        BatchResult result = new BatchResult();
        result.setIndex(index);
        Map.Entry<BatchCommands.Operation, Object> operation = beans().commands().of(command);
        if (operation == null) { // the schema's choice holds one; kept for a contract the schema check let through
            return failed(result, detail(CommonError.INVALID_REQUEST.name(), "The command carries no operation.", null));
        }
        RequestHeader header = new RequestHeader();
        header.setIdempotencyKey(command.getIdempotencyKey());
        header.setTrackingId(trackingPrefix + "/" + index);
        Holder<ResponseHeader> reply = new Holder<>();
        try {
            Object response = operation.getKey().run(operation.getValue(), header, reply);
            result.setStatus(BatchCommandStatus.OK);
            result.setReplayed(reply.value != null && reply.value.isReplayed());
            operation.getKey().answer(result, response);
            return result;
        } catch (BatchCommands.Refused refused) {
            return failed(result, refused.detail);
        } catch (RuntimeException e) {
            Optional<OneNumberFaultDetail> detail = SoapCall.detailOf(e);
            if (detail.isPresent()) {
                return failed(result, detail.get());
            }
            LOG.log(Level.SEVERE, "Batch command " + index + " failed, tracking id " + header.getTrackingId(), e);
            return failed(result, detail(CommonError.INTERNAL_ERROR.name(), "The command could not be completed; quote"
                    + " tracking id " + header.getTrackingId() + " to support.", null));
        }
    }

    private static BatchResult failed(BatchResult result, OneNumberFaultDetail detail) {
        result.setStatus(BatchCommandStatus.FAILED);
        result.setOneNumberFaultDetail(detail);
        return result;
    }

    private static OneNumberFaultDetail detail(String code, String summary, String field) {
        OneNumberFaultDetail detail = new OneNumberFaultDetail();
        detail.setCode(code);
        detail.setSummary(summary);
        detail.setField(field);
        return detail;
    }

    private ExecuteBatchResponse answer(List<BatchResult> results) {
        ExecuteBatchResponse response = new ExecuteBatchResponse();
        int failed = (int) results.stream().filter(r -> r.getStatus() == BatchCommandStatus.FAILED).count();
        response.setFailed(failed);
        response.setSucceeded(results.size() - failed);
        response.getResult().addAll(results);
        return response;
    }

    /** The ALL_OR_NOTHING answer: the failing command's own fault, saying which command it was. */
    private BusinessException refusal(BatchResult failed, BatchCommand command) {
        OneNumberFaultDetail detail = failed.getOneNumberFaultDetail();
        var operation = beans().commands().of(command);
        String name = operation == null ? "?" : operation.getKey().name();
        String code = detail.getCode();
        ErrorCode errorCode = CommonError.INTERNAL_ERROR.name().equals(code) ? CommonError.INTERNAL_ERROR : () -> code;
        String field = "command[" + failed.getIndex() + "]" + (detail.getField() == null ? "" : "/" + detail.getField());
        return new BusinessException(errorCode, field, "Command " + failed.getIndex() + " (" + name + "): "
                + detail.getSummary() + " Nothing of this batch was kept.");
    }
}
