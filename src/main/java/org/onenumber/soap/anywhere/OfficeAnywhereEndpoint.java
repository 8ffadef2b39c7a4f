package org.onenumber.soap.anywhere;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.jws.WebService;
import jakarta.xml.ws.Holder;
import java.time.YearMonth;
import org.onenumber.anywhere.boundary.AnywhereCalls;
import org.onenumber.anywhere.boundary.AnywhereReadiness;
import org.onenumber.anywhere.boundary.TollUsage;
import org.onenumber.anywhere.boundary.AnywhereUsers;
import org.onenumber.anywhere.boundary.Portals;
import org.onenumber.anywhere.entity.PortalDetails;
import org.onenumber.soap.ContractViolations;
import org.onenumber.soap.Paging;
import org.onenumber.soap.SoapCall;
import org.onenumber.soap.XmlTimes;
import org.onenumber.ws.v1.*;

/**
 * Office Anywhere over SOAP (OfficeAnywherePort in wsdl/anywhere.wsdl): portals, the readiness check, Office
 * Anywhere users and their alternate numbers. Each operation maps the request, calls one boundary method through
 * {@link SoapCall} (idempotency, typed faults) and maps back.
 */
@SchemaValidation(handler = ContractViolations.class, outbound = false)
@WebService(serviceName = "OfficeAnywhereService", portName = "OfficeAnywherePort",
        targetNamespace = "urn:onenumber:provisioning:v1",
        endpointInterface = "org.onenumber.ws.v1.OfficeAnywherePort",
        wsdlLocation = "WEB-INF/wsdl/anywhere.wsdl")
public class OfficeAnywhereEndpoint implements OfficeAnywherePort {

    private volatile Beans beans;

    private record Beans(SoapCall call, Portals portals, AnywhereUsers users, AnywhereReadiness readiness, AnywhereCalls calls,
                         TollUsage usage) {
    }

    private Beans beans() {
        if (beans == null) {
            CDI<Object> cdi = CDI.current();
            beans = new Beans(cdi.select(SoapCall.class).get(), cdi.select(Portals.class).get(),
                    cdi.select(AnywhereUsers.class).get(), cdi.select(AnywhereReadiness.class).get(),
                    cdi.select(AnywhereCalls.class).get(), cdi.select(TollUsage.class).get());
        }
        return beans;
    }

    @Override
    public PingResponse ping(Ping parameters, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().ping(requestHeader, responseHeader);
    }

    @Override
    public AddPortalResponse addPortal(AddPortal request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "AddPortal", request, AddPortalResponse.class, () -> {
            var response = new AddPortalResponse();
            response.setPortal(AnywhereMapper.portal(beans().portals().add(request.getSiteId(), new PortalDetails(
                    request.getNumber(), request.getName(), request.getExtension(), AnywhereMapper.scope(request.getScope())))));
            return response;
        });
    }

    @Override
    public ModifyPortalResponse modifyPortal(ModifyPortal request, RequestHeader requestHeader,
                                             Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "ModifyPortal", request, ModifyPortalResponse.class, () -> {
            var response = new ModifyPortalResponse();
            response.setPortal(AnywhereMapper.portal(beans().portals().modify(request.getPortalId(), request.getExpectedVersion(),
                    new PortalDetails(null, request.getName(), request.getExtension(), AnywhereMapper.scope(request.getScope())))));
            return response;
        });
    }

    @Override
    public DeletePortalResponse deletePortal(DeletePortal request, RequestHeader requestHeader,
                                             Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "DeletePortal", request, DeletePortalResponse.class, () -> {
            beans().portals().delete(request.getPortalId(), request.getExpectedVersion());
            return new DeletePortalResponse();
        });
    }

    @Override
    public GetPortalResponse getPortal(GetPortal request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetPortal", () -> {
            var response = new GetPortalResponse();
            response.setPortal(AnywhereMapper.portal(beans().portals().get(request.getPortalId())));
            return response;
        });
    }

    @Override
    public ListPortalsResponse listPortals(ListPortals request, RequestHeader requestHeader,
                                           Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "ListPortals", () -> {
            var page = beans().portals().ofAccount(request.getAccountId(), request.getSiteId(),
                    Paging.ifAsked(request.getPage(), "ListPortals", request.getAccountId(), request.getSiteId()));
            var response = new ListPortalsResponse();
            page.items().forEach(p -> response.getPortal().add(AnywhereMapper.portal(p)));
            response.setNextCursor(page.nextCursor());
            response.setTotal(Paging.total(request.isIncludeTotal(), () ->
                    beans().portals().count(request.getAccountId(), request.getSiteId())));
            return response;
        });
    }

    @Override
    public GetOfficeAnywhereReadinessResponse getOfficeAnywhereReadiness(GetOfficeAnywhereReadiness request,
            RequestHeader requestHeader, Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetOfficeAnywhereReadiness",
                () -> AnywhereMapper.readiness(beans().readiness().check(request.getSiteId())));
    }

    @Override
    public AssignOfficeAnywhereResponse assignOfficeAnywhere(AssignOfficeAnywhere request, RequestHeader requestHeader,
                                                             Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "AssignOfficeAnywhere", request,
                AssignOfficeAnywhereResponse.class, () -> {
                    var response = new AssignOfficeAnywhereResponse();
                    response.setOfficeAnywhereUser(AnywhereMapper.user(beans().users().assign(request.getUserId())));
                    return response;
                });
    }

    @Override
    public RemoveOfficeAnywhereResponse removeOfficeAnywhere(RemoveOfficeAnywhere request, RequestHeader requestHeader,
                                                             Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "RemoveOfficeAnywhere", request,
                RemoveOfficeAnywhereResponse.class, () -> {
                    beans().users().remove(request.getUserId());
                    return new RemoveOfficeAnywhereResponse();
                });
    }

    @Override
    public AddAlternateNumberResponse addAlternateNumber(AddAlternateNumber request, RequestHeader requestHeader,
                                                         Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "AddAlternateNumber", request,
                AddAlternateNumberResponse.class, () -> {
                    var response = new AddAlternateNumberResponse();
                    response.setAlternateNumber(AnywhereMapper.number(beans().users().addNumber(request.getUserId(),
                            AnywhereMapper.number(request.getNumber(), request.getKind(), request.getDescription(),
                                    request.isActive()))));
                    return response;
                });
    }

    @Override
    public ModifyAlternateNumberResponse modifyAlternateNumber(ModifyAlternateNumber request, RequestHeader requestHeader,
                                                               Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "ModifyAlternateNumber", request,
                ModifyAlternateNumberResponse.class, () -> {
                    var response = new ModifyAlternateNumberResponse();
                    response.setAlternateNumber(AnywhereMapper.number(beans().users().modifyNumber(request.getNumberId(),
                            request.getExpectedVersion(), AnywhereMapper.number(request.getNumber(), request.getKind(),
                                    request.getDescription(), request.isActive()))));
                    return response;
                });
    }

    @Override
    public RemoveAlternateNumberResponse removeAlternateNumber(RemoveAlternateNumber request, RequestHeader requestHeader,
                                                               Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "RemoveAlternateNumber", request,
                RemoveAlternateNumberResponse.class, () -> {
                    beans().users().removeNumber(request.getNumberId(), request.getExpectedVersion());
                    return new RemoveAlternateNumberResponse();
                });
    }

    @Override
    public ListOfficeAnywhereUsersResponse listOfficeAnywhereUsers(ListOfficeAnywhereUsers request, RequestHeader requestHeader,
                                                                   Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "ListOfficeAnywhereUsers", () -> {
            var page = beans().users().list(request.getAccountId(), request.getSiteId(), Paging.ifAsked(request.getPage(),
                    "ListOfficeAnywhereUsers", request.getAccountId(), request.getSiteId()));
            var response = new ListOfficeAnywhereUsersResponse();
            page.items().forEach(o -> response.getOfficeAnywhereUser().add(AnywhereMapper.user(o)));
            response.setNextCursor(page.nextCursor());
            response.setTotal(Paging.total(request.isIncludeTotal(), () ->
                    beans().users().count(request.getAccountId(), request.getSiteId())));
            return response;
        });
    }

    @Override
    public MoveCallResponse moveCall(MoveCall request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "MoveCall", request, MoveCallResponse.class, () -> {
            var response = new MoveCallResponse();
            response.setResult(beans().calls().move(request.getUserId(), request.getCallId(),
                    org.onenumber.switchadapter.wire.Device.valueOf(request.getTarget().name()), request.getCommandId()));
            return response;
        });
    }

    @Override
    public ListTollUsageResponse listTollUsage(ListTollUsage request, RequestHeader requestHeader,
                                               Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "ListTollUsage", () -> {
            YearMonth month = XmlTimes.month(request.getMonth(), "month");
            var page = beans().usage().month(request.getAccountId(), month,
                    Paging.ifAsked(request.getPage(), "ListTollUsage", request.getAccountId(), month));
            var response = new ListTollUsageResponse();
            for (var c : page.items()) {
                var call = new TollCall();
                call.setCallId(c.callId());
                call.setEnded(XmlTimes.of(c.endedAt()));
                call.setUserId(c.userId());
                call.setPortal(c.portal());
                call.setDestination(c.destination());
                call.setRateClass(c.rateClass());
                call.setSeconds(c.seconds());
                call.setBilledMinutes(c.billedMinutes());
                response.getCall().add(call);
            }
            response.setNextCursor(page.nextCursor());
            response.setTotal(Paging.total(request.isIncludeTotal(), () -> beans().usage().count(request.getAccountId(), month)));
            return response;
        });
    }
}
