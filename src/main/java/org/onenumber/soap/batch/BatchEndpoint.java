package org.onenumber.soap.batch;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.jws.WebService;
import jakarta.xml.ws.Holder;
import java.time.YearMonth;
import org.onenumber.billing.boundary.BillingStatements;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.CommonError;
import org.onenumber.reconcile.boundary.Reconciliations;
import org.onenumber.soap.ContractViolations;
import org.onenumber.soap.Paging;
import org.onenumber.soap.SoapCall;
import org.onenumber.soap.XmlTimes;
import org.onenumber.ws.v1.*;

/**
 * The batch jobs over SOAP (BatchPort in wsdl/batch.wsdl): license reconciliation runs (start, repair, follow,
 * their drift) and billing statements. Each operation maps the request, calls the boundary through {@link SoapCall}
 * (idempotency for starts, typed faults) and maps back; the boundaries keep a carrier to its own accounts and runs.
 */
@SchemaValidation(handler = ContractViolations.class, outbound = false)
@WebService(serviceName = "BatchService", portName = "BatchPort",
        targetNamespace = "urn:onenumber:provisioning:v1",
        endpointInterface = "org.onenumber.ws.v1.BatchPort",
        wsdlLocation = "WEB-INF/wsdl/batch.wsdl")
public class BatchEndpoint implements BatchPort {

    private volatile Beans beans;

    private record Beans(SoapCall call, Reconciliations reconciliations, BillingStatements statements) {
    }

    private Beans beans() {
        if (beans == null) {
            CDI<Object> cdi = CDI.current();
            beans = new Beans(cdi.select(SoapCall.class).get(), cdi.select(Reconciliations.class).get(),
                    cdi.select(BillingStatements.class).get());
        }
        return beans;
    }

    @Override
    public PingResponse ping(Ping parameters, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().ping(requestHeader, responseHeader);
    }

    @Override
    public StartReconciliationResponse startReconciliation(StartReconciliation request, RequestHeader requestHeader,
                                                           Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "StartReconciliation", request,
                StartReconciliationResponse.class, () -> {
                    var response = new StartReconciliationResponse();
                    response.setReconciliation(run(beans().reconciliations().start(BatchMapper.scope(request.getScope()),
                            request.getAccountId(), BatchMapper.mode(request.getMode()))));
                    return response;
                });
    }

    @Override
    public RepairReconciliationResponse repairReconciliation(RepairReconciliation request, RequestHeader requestHeader,
                                                             Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "RepairReconciliation", request,
                RepairReconciliationResponse.class, () -> {
                    var response = new RepairReconciliationResponse();
                    response.setReconciliation(run(beans().reconciliations().repair(request.getReportRunId())));
                    return response;
                });
    }

    @Override
    public GetReconciliationResponse getReconciliation(GetReconciliation request, RequestHeader requestHeader,
                                                       Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetReconciliation", () -> {
            var response = new GetReconciliationResponse();
            response.setReconciliation(run(request.getRunId()));
            return response;
        });
    }

    @Override
    public ListReconciliationsResponse listReconciliations(ListReconciliations request, RequestHeader requestHeader,
                                                           Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "ListReconciliations", () -> {
            var page = beans().reconciliations().runs(Paging.of(request.getPage(), "ListReconciliations"));
            var response = new ListReconciliationsResponse();
            page.items().forEach(r -> response.getReconciliation().add(BatchMapper.run(r)));
            response.setNextCursor(page.nextCursor());
            response.setTotal(Paging.total(request.isIncludeTotal(), () -> beans().reconciliations().countRuns()));
            return response;
        });
    }

    @Override
    public ListDriftResponse listDrift(ListDrift request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "ListDrift", () -> {
            var paging = Paging.of(request.getPage(), "ListDrift", request.getRunId(), request.getAccountId());
            var page = beans().reconciliations().drift(request.getRunId(), request.getAccountId(), paging);
            var response = new ListDriftResponse();
            page.items().forEach(d -> response.getDrift().add(BatchMapper.drift(d)));
            response.setTotal(beans().reconciliations().countDrift(request.getRunId(), request.getAccountId()));
            response.setNextCursor(page.nextCursor());
            return response;
        });
    }

    @Override
    public GetBillingStatementResponse getBillingStatement(GetBillingStatement request, RequestHeader requestHeader,
                                                           Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetBillingStatement", () -> {
            YearMonth month = XmlTimes.month(request.getMonth(), "month");
            var statement = beans().statements().get(request.getAccountId(), month);
            if (statement == null) {
                throw new BusinessException(CommonError.NOT_FOUND, "month", "Account " + request.getAccountId()
                        + " has no billing statement for " + month + " yet.");
            }
            var response = new GetBillingStatementResponse();
            response.setStatement(BatchMapper.statement(statement));
            return response;
        });
    }

    @Override
    public ListBillingStatementsResponse listBillingStatements(ListBillingStatements request, RequestHeader requestHeader,
                                                               Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "ListBillingStatements", () -> {
            var page = beans().statements().list(request.getAccountId(),
                    Paging.of(request.getPage(), "ListBillingStatements", request.getAccountId()));
            var response = new ListBillingStatementsResponse();
            page.items().forEach(s -> response.getStatement().add(BatchMapper.summary(s)));
            response.setNextCursor(page.nextCursor());
            response.setTotal(Paging.total(request.isIncludeTotal(), () ->
                    beans().statements().count(request.getAccountId())));
            return response;
        });
    }

    private org.onenumber.ws.v1.Reconciliation run(long runId) {
        return BatchMapper.run(beans().reconciliations().get(runId));
    }
}
