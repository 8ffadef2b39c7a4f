package org.onenumber.soap.mobility;

import jakarta.enterprise.inject.spi.CDI;
import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.jws.WebService;
import org.onenumber.soap.ContractViolations;
import jakarta.xml.ws.Holder;
import java.util.List;
import org.onenumber.license.boundary.Licenses;
import org.onenumber.license.entity.ClientLicense;
import org.onenumber.mobility.boundary.Mobility;
import org.onenumber.mobility.boundary.MobilityRouters;
import org.onenumber.mobility.boundary.MobilityUsers;
import org.onenumber.mobility.entity.MobilityUser;
import org.onenumber.mobility.entity.MobilityUserStatus;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.soap.Paging;
import org.onenumber.soap.SoapCall;
import org.onenumber.ws.v1.*;

/**
 * The Mobility add-on over SOAP (MobilityPort in wsdl/mobility.wsdl): routers, activation and settings,
 * license pools and sharing, mobility users. Like the provisioning endpoint, each operation maps the
 * request, calls one boundary method through {@link SoapCall} (idempotency, typed faults) and maps back.
 */
// every request is checked against the XSD first; what does not match is refused as INVALID_REQUEST
@SchemaValidation(handler = ContractViolations.class, outbound = false)
@WebService(serviceName = "MobilityService", portName = "MobilityPort",
        targetNamespace = "urn:onenumber:provisioning:v1",
        endpointInterface = "org.onenumber.ws.v1.MobilityPort",
        wsdlLocation = "WEB-INF/wsdl/mobility.wsdl")
public class MobilityEndpoint implements MobilityPort {

    private volatile Beans beans;

    private record Beans(SoapCall call, Mobility mobility, MobilityRouters routers, MobilityUsers users, Licenses licenses) {
    }

    private Beans beans() {
        if (beans == null) {
            CDI<Object> cdi = CDI.current();
            beans = new Beans(cdi.select(SoapCall.class).get(), cdi.select(Mobility.class).get(),
                    cdi.select(MobilityRouters.class).get(), cdi.select(MobilityUsers.class).get(),
                    cdi.select(Licenses.class).get());
        }
        return beans;
    }

    @Override
    public GetMobilityRouterResponse getMobilityRouter(GetMobilityRouter request, RequestHeader requestHeader,
                                                       Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetMobilityRouter", () -> {
            GetMobilityRouterResponse response = new GetMobilityRouterResponse();
            response.setRouter(MobilityMapper.router(beans().routers().byName(request.getName())));
            return response;
        });
    }

    @Override
    public GetMobilityUserResponse getMobilityUser(GetMobilityUser request, RequestHeader requestHeader,
                                                   Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetMobilityUser", () -> {
            GetMobilityUserResponse response = new GetMobilityUserResponse();
            response.setMobilityUser(mobilityUser(beans().users().get(request.getUserId())));
            return response;
        });
    }

    @Override
    public GetLicenseResponse getLicense(GetLicense request, RequestHeader requestHeader,
                                         Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetLicense", () -> {
            GetLicenseResponse response = new GetLicenseResponse();
            response.setLicense(MobilityMapper.license(beans().licenses().get(request.getAccountId(),
                    request.getDeviceIdentity())));
            return response;
        });
    }

    private org.onenumber.ws.v1.MobilityUser mobilityUser(MobilityUser mobilityUser) {
        List<String> clients = beans().licenses().clientsOf(List.of(mobilityUser.getUser()))
                .getOrDefault(mobilityUser.getUser().getId(), List.of());
        return MobilityMapper.mobilityUser(mobilityUser, clients,
                beans().users().statuses(List.of(mobilityUser)).get(mobilityUser.getUser().getId()));
    }

    @Override
    public PingResponse ping(Ping parameters, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().ping(requestHeader, responseHeader);
    }

    @Override
    public AddMobilityRouterResponse addMobilityRouter(AddMobilityRouter request, RequestHeader requestHeader,
                                                       Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "AddMobilityRouter", request, AddMobilityRouterResponse.class, () -> {
            var response = new AddMobilityRouterResponse();
            response.setRouter(MobilityMapper.router(beans().routers().add(MobilityMapper.router(request.getRouter()))));
            return response;
        });
    }

    @Override
    public ModifyMobilityRouterResponse modifyMobilityRouter(ModifyMobilityRouter request, RequestHeader requestHeader,
                                                             Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "ModifyMobilityRouter", request, ModifyMobilityRouterResponse.class, () -> {
            var response = new ModifyMobilityRouterResponse();
            response.setRouter(MobilityMapper.router(beans().routers().modify(request.getName(), request.getExpectedVersion(),
                    MobilityMapper.router(request.getRouter()))));
            return response;
        });
    }

    @Override
    public DeleteMobilityRouterResponse deleteMobilityRouter(DeleteMobilityRouter request, RequestHeader requestHeader,
                                                             Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "DeleteMobilityRouter", request, DeleteMobilityRouterResponse.class, () -> {
            beans().routers().delete(request.getName(), request.getExpectedVersion());
            return new DeleteMobilityRouterResponse();
        });
    }

    @Override
    public ListMobilityRoutersResponse listMobilityRouters(ListMobilityRouters request, RequestHeader requestHeader,
                                                           Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "ListMobilityRouters", () -> {
            var page = beans().routers().list(Paging.ifAsked(request.getPage(), "ListMobilityRouters"));
            var response = new ListMobilityRoutersResponse();
            page.items().forEach(r -> response.getRouter().add(MobilityMapper.router(r)));
            response.setNextCursor(page.nextCursor());
            response.setTotal(Paging.total(request.isIncludeTotal(), () -> beans().routers().count()));
            return response;
        });
    }

    @Override
    public ActivateMobilityResponse activateMobility(ActivateMobility request, RequestHeader requestHeader,
                                                     Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "ActivateMobility", request, ActivateMobilityResponse.class, () -> {
            var response = new ActivateMobilityResponse();
            response.setMobility(MobilityMapper.mobility(beans().mobility().activate(request.getAccountId(),
                    request.isPurchaseConfirmed(), MobilityMapper.settings(request.getSettings()))));
            return response;
        });
    }

    @Override
    public CompleteMobilityActivationResponse completeMobilityActivation(CompleteMobilityActivation request,
            RequestHeader requestHeader, Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "CompleteMobilityActivation", request,
                CompleteMobilityActivationResponse.class, () -> {
                    var response = new CompleteMobilityActivationResponse();
                    response.setMobility(MobilityMapper.mobility(beans().mobility().completeActivation(request.getAccountId(),
                            MobilityMapper.settings(request.getSettings()))));
                    return response;
                });
    }

    @Override
    public SuspendMobilityResponse suspendMobility(SuspendMobility request, RequestHeader requestHeader,
                                                   Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "SuspendMobility", request, SuspendMobilityResponse.class, () -> {
            var response = new SuspendMobilityResponse();
            response.setMobility(MobilityMapper.mobility(beans().mobility().suspend(request.getAccountId())));
            return response;
        });
    }

    @Override
    public ResumeMobilityResponse resumeMobility(ResumeMobility request, RequestHeader requestHeader,
                                                 Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "ResumeMobility", request, ResumeMobilityResponse.class, () -> {
            var response = new ResumeMobilityResponse();
            response.setMobility(MobilityMapper.mobility(beans().mobility().resume(request.getAccountId())));
            return response;
        });
    }

    @Override
    public GetMobilitySettingsResponse getMobilitySettings(GetMobilitySettings request, RequestHeader requestHeader,
                                                           Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetMobilitySettings", () -> {
            var response = new GetMobilitySettingsResponse();
            response.setMobility(MobilityMapper.mobility(beans().mobility().service(request.getAccountId())));
            return response;
        });
    }

    @Override
    public ModifyMobilitySettingsResponse modifyMobilitySettings(ModifyMobilitySettings request, RequestHeader requestHeader,
                                                                 Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "ModifyMobilitySettings", request,
                ModifyMobilitySettingsResponse.class, () -> {
                    var response = new ModifyMobilitySettingsResponse();
                    response.setMobility(MobilityMapper.mobility(beans().mobility().modifySettings(request.getAccountId(),
                            request.getExpectedVersion(), MobilityMapper.settings(request.getSettings()))));
                    return response;
                });
    }

    @Override
    public SetLicenseQuantityResponse setLicenseQuantity(SetLicenseQuantity request, RequestHeader requestHeader,
                                                         Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "SetLicenseQuantity", request, SetLicenseQuantityResponse.class, () -> {
            var response = new SetLicenseQuantityResponse();
            response.setPool(MobilityMapper.pool(beans().licenses().setPurchased(request.getAccountId(), request.getExpectedVersion(), request.getQuantity())));
            return response;
        });
    }

    @Override
    public ShareLicenseResponse shareLicense(ShareLicense request, RequestHeader requestHeader,
                                             Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "ShareLicense", request, ShareLicenseResponse.class, () -> {
            var response = new ShareLicenseResponse();
            response.setLicense(MobilityMapper.license(beans().licenses().share(request.getUserId(), request.getDeviceIdentity())));
            return response;
        });
    }

    @Override
    public UnshareLicenseResponse unshareLicense(UnshareLicense request, RequestHeader requestHeader,
                                                 Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "UnshareLicense", request, UnshareLicenseResponse.class, () -> {
            var response = new UnshareLicenseResponse();
            response.setLicense(MobilityMapper.license(request.getUserId() != null
                    ? beans().licenses().unshareFrom(request.getUserId(), request.getAccountId(), request.getDeviceIdentity(),
                            request.getExpectedVersion())
                    : beans().licenses().unshare(required("accountId", request.getAccountId()),
                            required("deviceIdentity", request.getDeviceIdentity()), request.getExpectedVersion())));
            return response;
        });
    }

    @Override
    public ListLicensesResponse listLicenses(ListLicenses request, RequestHeader requestHeader,
                                             Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "ListLicenses", () -> {
            ClientLicense.Status status = request.getStatus() == null ? null : ClientLicense.Status.valueOf(request.getStatus().name());
            var page = beans().licenses().list(request.getAccountId(), status,
                    Paging.of(request.getPage(), "ListLicenses", request.getAccountId(), status));
            var response = new ListLicensesResponse();
            response.setPool(MobilityMapper.pool(beans().licenses().pool(request.getAccountId())));
            page.items().forEach(l -> response.getLicense().add(MobilityMapper.license(l)));
            response.setNextCursor(page.nextCursor());
            response.setTotal(Paging.total(request.isIncludeTotal(), () ->
                    beans().licenses().count(request.getAccountId(), status)));
            return response;
        });
    }

    @Override
    public EnableMobilityUserResponse enableMobilityUser(EnableMobilityUser request, RequestHeader requestHeader,
                                                         Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "EnableMobilityUser", request, EnableMobilityUserResponse.class, () -> {
            var response = new EnableMobilityUserResponse();
            response.setMobilityUser(mobilityUser(beans().users().enable(request.getUserId(), request.getMobilityExtension(),
                    request.isVideo())));
            return response;
        });
    }

    @Override
    public ModifyMobilityUserResponse modifyMobilityUser(ModifyMobilityUser request, RequestHeader requestHeader,
                                                         Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "ModifyMobilityUser", request, ModifyMobilityUserResponse.class, () -> {
            var response = new ModifyMobilityUserResponse();
            response.setMobilityUser(mobilityUser(beans().users().update(request.getUserId(), request.getExpectedVersion(), request.getMobilityExtension(),
                    request.isVideo())));
            return response;
        });
    }

    @Override
    public DisableMobilityUserResponse disableMobilityUser(DisableMobilityUser request, RequestHeader requestHeader,
                                                           Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "DisableMobilityUser", request, DisableMobilityUserResponse.class, () -> {
            beans().users().disable(request.getUserId(), request.getExpectedVersion());
            return new DisableMobilityUserResponse();
        });
    }

    @Override
    public ListMobilityUsersResponse listMobilityUsers(ListMobilityUsers request, RequestHeader requestHeader,
                                                       Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "ListMobilityUsers", () -> {
            MobilityUserStatus status = request.getStatus() == null ? null : MobilityUserStatus.valueOf(request.getStatus().name());
            var page = beans().users().list(request.getAccountId(), status,
                    Paging.of(request.getPage(), "ListMobilityUsers", request.getAccountId(), status));
            var clients = beans().licenses().clientsOf(page.items().stream().map(MobilityUser::getUser).toList());
            var statuses = beans().users().statuses(page.items());
            var response = new ListMobilityUsersResponse();
            page.items().forEach(m -> response.getMobilityUser().add(MobilityMapper.mobilityUser(m,
                    clients.getOrDefault(m.getUser().getId(), List.of()), statuses.get(m.getUser().getId()))));
            response.setNextCursor(page.nextCursor());
            response.setTotal(Paging.total(request.isIncludeTotal(), () ->
                    beans().users().count(request.getAccountId(), status)));
            return response;
        });
    }

    @Override
    public SendProvisioningEmailResponse sendProvisioningEmail(SendProvisioningEmail request, RequestHeader requestHeader,
                                                               Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "SendProvisioningEmail", request,
                SendProvisioningEmailResponse.class, () -> {
                    var response = new SendProvisioningEmailResponse();
                    response.setMobilityUser(mobilityUser(beans().users().sendProvisioningEmail(request.getUserId())));
                    return response;
                });
    }

    /** UnshareLicense without userId names its license by account and device identity, as v1 first had it. */
    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "Name the license: userId (and deviceIdentity when the user holds"
                    + " more than one), or accountId and deviceIdentity.");
        }
        return value;
    }
}
