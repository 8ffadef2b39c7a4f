package org.onenumber.soap.account;

import jakarta.enterprise.inject.spi.CDI;
import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.jws.WebService;
import org.onenumber.soap.ContractViolations;
import jakarta.xml.ws.Holder;
import org.onenumber.account.boundary.Accounts;
import org.onenumber.account.boundary.PhoneNumbers;
import org.onenumber.account.boundary.Sites;
import org.onenumber.account.boundary.Users;
import org.onenumber.account.entity.User;
import org.onenumber.account.entity.AccountDetails;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.account.entity.SiteDetails;
import org.onenumber.audit.boundary.ChangeFeed;
import org.onenumber.soap.Paging;
import org.onenumber.soap.SoapCall;
import org.onenumber.switching.boundary.SwitchSync;
import org.onenumber.switching.boundary.SyncStatus;
import org.onenumber.switching.entity.SwitchCommand;
import org.onenumber.ws.v1.*;

/**
 * The carriers' provisioning service (contract in wsdl/provisioning.wsdl). Metro creates this class, not
 * CDI, so the boundaries are looked up once; each operation maps the request, calls one boundary
 * method through {@link SoapCall} and maps the answer back.
 */
// every request is checked against the XSD first; what does not match is refused as INVALID_REQUEST
@SchemaValidation(handler = ContractViolations.class, outbound = false)
@WebService(serviceName = "ProvisioningService", portName = "ProvisioningPort",
        targetNamespace = "urn:onenumber:provisioning:v1",
        endpointInterface = "org.onenumber.ws.v1.ProvisioningPort",
        wsdlLocation = "WEB-INF/wsdl/provisioning.wsdl")
public class ProvisioningEndpoint implements ProvisioningPort {

    private volatile Beans beans;

    private record Beans(SoapCall call, Accounts accounts, Sites sites, Users users, PhoneNumbers numbers, SwitchSync sync,
                         ChangeFeed changes) {
    }

    private Beans beans() {
        if (beans == null) {
            CDI<Object> cdi = CDI.current();
            beans = new Beans(cdi.select(SoapCall.class).get(), cdi.select(Accounts.class).get(),
                    cdi.select(Sites.class).get(), cdi.select(Users.class).get(), cdi.select(PhoneNumbers.class).get(),
                    cdi.select(SwitchSync.class).get(), cdi.select(ChangeFeed.class).get());
        }
        return beans;
    }

    @Override
    public PingResponse ping(Ping parameters, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().ping(requestHeader, responseHeader);
    }

    @Override
    public AddAccountResponse addAccount(AddAccount request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "AddAccount", request, AddAccountResponse.class, () -> {
            AddAccountResponse response = new AddAccountResponse();
            response.setAccount(ProvisioningMapper.account(beans().accounts().add(
                    new AccountDetails(request.getName(), request.getExternalReference()))));
            return response;
        });
    }

    @Override
    public GetAccountResponse getAccount(GetAccount request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetAccount", () -> {
            GetAccountResponse response = new GetAccountResponse();
            response.setAccount(ProvisioningMapper.account(beans().accounts().get(request.getAccountId())));
            return response;
        });
    }

    @Override
    public ModifyAccountResponse modifyAccount(ModifyAccount request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "ModifyAccount", request, ModifyAccountResponse.class, () -> {
            ModifyAccountResponse response = new ModifyAccountResponse();
            response.setAccount(ProvisioningMapper.account(beans().accounts().modify(request.getAccountId(),
                    request.getExpectedVersion(), request.getName(), request.getExternalReference())));
            return response;
        });
    }

    @Override
    public DeleteAccountResponse deleteAccount(DeleteAccount request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "DeleteAccount", request, DeleteAccountResponse.class, () -> {
            beans().accounts().delete(request.getAccountId(), request.getExpectedVersion());
            DeleteAccountResponse response = new DeleteAccountResponse();
            response.setAccountId(request.getAccountId());
            return response;
        });
    }

    @Override
    public ListAccountsResponse listAccounts(ListAccounts request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "ListAccounts", () -> {
            var page = beans().accounts().list(request.getNameContains(), request.getExternalReference(),
                    Paging.of(request.getPage(), "ListAccounts", request.getNameContains(), request.getExternalReference()));
            ListAccountsResponse response = new ListAccountsResponse();
            page.items().forEach(a -> response.getAccount().add(ProvisioningMapper.account(a)));
            response.setNextCursor(page.nextCursor());
            response.setTotal(Paging.total(request.isIncludeTotal(), () ->
                    beans().accounts().count(request.getNameContains(), request.getExternalReference())));
            return response;
        });
    }

    @Override
    public AddSiteResponse addSite(AddSite request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "AddSite", request, AddSiteResponse.class, () -> {
            AddSiteResponse response = new AddSiteResponse();
            response.setSite(ProvisioningMapper.site(beans().sites().add(request.getAccountId(), new SiteDetails(
                    request.getName(), request.getAddress(), request.getCity(), request.getCountry(), request.getTimeZone()))));
            return response;
        });
    }

    @Override
    public GetSiteResponse getSite(GetSite request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetSite", () -> {
            GetSiteResponse response = new GetSiteResponse();
            response.setSite(ProvisioningMapper.site(beans().sites().get(request.getSiteId())));
            return response;
        });
    }

    @Override
    public ModifySiteResponse modifySite(ModifySite request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "ModifySite", request, ModifySiteResponse.class, () -> {
            ModifySiteResponse response = new ModifySiteResponse();
            response.setSite(ProvisioningMapper.site(beans().sites().modify(request.getSiteId(), request.getExpectedVersion(),
                    new SiteDetails(request.getName(), request.getAddress(), request.getCity(), request.getCountry(),
                            request.getTimeZone()))));
            return response;
        });
    }

    @Override
    public DeleteSiteResponse deleteSite(DeleteSite request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "DeleteSite", request, DeleteSiteResponse.class, () -> {
            beans().sites().delete(request.getSiteId(), request.getExpectedVersion());
            DeleteSiteResponse response = new DeleteSiteResponse();
            response.setSiteId(request.getSiteId());
            return response;
        });
    }

    @Override
    public ListSitesResponse listSites(ListSites request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "ListSites", () -> {
            var page = beans().sites().list(request.getAccountId(),
                    Paging.of(request.getPage(), "ListSites", request.getAccountId()));
            ListSitesResponse response = new ListSitesResponse();
            page.items().forEach(s -> response.getSite().add(ProvisioningMapper.site(s)));
            response.setNextCursor(page.nextCursor());
            response.setTotal(Paging.total(request.isIncludeTotal(), () ->
                    beans().sites().count(request.getAccountId())));
            return response;
        });
    }

    @Override
    public AddUserResponse addUser(AddUser request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "AddUser", request, AddUserResponse.class, () -> {
            AddUserResponse response = new AddUserResponse();
            response.setUser(ProvisioningMapper.user(beans().users().add(request.getAccountId(), ProvisioningMapper.details(
                    request.getSiteId(), request.getFirstName(), request.getLastName(), request.getEmail(),
                    request.getBusinessNumber(), request.getExtension(), request.getProfileType(), request.getDeskPhone()))));
            return response;
        });
    }

    @Override
    public GetUserResponse getUser(GetUser request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetUser", () -> {
            GetUserResponse response = new GetUserResponse();
            response.setUser(ProvisioningMapper.user(beans().users().get(request.getUserId())));
            return response;
        });
    }

    @Override
    public ModifyUserResponse modifyUser(ModifyUser request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "ModifyUser", request, ModifyUserResponse.class, () -> {
            ModifyUserResponse response = new ModifyUserResponse();
            response.setUser(ProvisioningMapper.user(beans().users().modify(request.getUserId(), request.getExpectedVersion(),
                    ProvisioningMapper.details(request.getSiteId(), request.getFirstName(), request.getLastName(),
                            request.getEmail(), request.getBusinessNumber(), request.getExtension(),
                            request.getProfileType(), request.getDeskPhone()))));
            return response;
        });
    }

    @Override
    public DeleteUserResponse deleteUser(DeleteUser request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "DeleteUser", request, DeleteUserResponse.class, () -> {
            beans().users().delete(request.getUserId(), request.getExpectedVersion());
            DeleteUserResponse response = new DeleteUserResponse();
            response.setUserId(request.getUserId());
            return response;
        });
    }

    @Override
    public ListUsersResponse listUsers(ListUsers request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "ListUsers", () -> {
            var page = beans().users().list(request.getAccountId(), request.getSiteId(), request.getNameContains(),
                    Paging.of(request.getPage(), "ListUsers", request.getAccountId(), request.getSiteId(), request.getNameContains()));
            ListUsersResponse response = new ListUsersResponse();
            page.items().forEach(u -> response.getUser().add(ProvisioningMapper.user(u)));
            response.setNextCursor(page.nextCursor());
            response.setTotal(Paging.total(request.isIncludeTotal(), () ->
                    beans().users().countListed(request.getAccountId(), request.getSiteId(), request.getNameContains())));
            return response;
        });
    }

    @Override
    public SearchUsersResponse searchUsers(SearchUsers request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "SearchUsers", () -> {
            var found = beans().users().find(ProvisioningMapper.search(request), Paging.cursor(request.getPage()),
                    Paging.size(request.getPage()), Boolean.TRUE.equals(request.isIncludeTotal()));
            SearchUsersResponse response = new SearchUsersResponse();
            found.users().forEach(u -> response.getUser().add(ProvisioningMapper.user(u)));
            response.setNextCursor(found.nextCursor());
            response.setTotal(found.total());
            return response;
        });
    }

    @Override
    public AddPhoneNumbersResponse addPhoneNumbers(AddPhoneNumbers request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "AddPhoneNumbers", request, AddPhoneNumbersResponse.class, () -> {
            AddPhoneNumbersResponse response = new AddPhoneNumbersResponse();
            beans().numbers().add(request.getAccountId(), request.getNumber())
                    .forEach(n -> response.getPhoneNumber().add(ProvisioningMapper.number(n)));
            return response;
        });
    }

    @Override
    public GetPhoneNumberResponse getPhoneNumber(GetPhoneNumber request, RequestHeader requestHeader,
                                                 Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetPhoneNumber", () -> {
            GetPhoneNumberResponse response = new GetPhoneNumberResponse();
            response.setPhoneNumber(ProvisioningMapper.number(beans().numbers().get(request.getNumber())));
            return response;
        });
    }

    @Override
    public ReleasePhoneNumberResponse releasePhoneNumber(ReleasePhoneNumber request, RequestHeader requestHeader,
                                                         Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "ReleasePhoneNumber", request,
                ReleasePhoneNumberResponse.class, () -> {
                    ReleasePhoneNumberResponse response = new ReleasePhoneNumberResponse();
                    response.setPhoneNumber(ProvisioningMapper.number(
                            beans().users().releaseNumber(request.getNumber(), request.getExpectedVersion())));
                    return response;
                });
    }

    @Override
    public RemovePhoneNumbersResponse removePhoneNumbers(RemovePhoneNumbers request, RequestHeader requestHeader,
                                                         Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "RemovePhoneNumbers", request,
                RemovePhoneNumbersResponse.class, () -> {
                    RemovePhoneNumbersResponse response = new RemovePhoneNumbersResponse();
                    response.setRemoved(beans().numbers().remove(request.getAccountId(), request.getNumber()));
                    return response;
                });
    }

    @Override
    public RemoveDeskPhoneResponse removeDeskPhone(RemoveDeskPhone request, RequestHeader requestHeader,
                                                   Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "RemoveDeskPhone", request,
                RemoveDeskPhoneResponse.class, () -> {
                    RemoveDeskPhoneResponse response = new RemoveDeskPhoneResponse();
                    response.setUser(ProvisioningMapper.user(
                            beans().users().removeDeskPhone(request.getUserId(), request.getExpectedVersion())));
                    return response;
                });
    }

    @Override
    public ListPhoneNumbersResponse listPhoneNumbers(ListPhoneNumbers request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "ListPhoneNumbers", () -> {
            PhoneNumber.Status status = request.getStatus() == null ? null : PhoneNumber.Status.valueOf(request.getStatus().name());
            var page = beans().numbers().list(request.getAccountId(), status, request.getNumberFrom(), request.getNumberTo(),
                    Paging.of(request.getPage(), "ListPhoneNumbers", request.getAccountId(), status, request.getNumberFrom(),
                            request.getNumberTo()));
            ListPhoneNumbersResponse response = new ListPhoneNumbersResponse();
            page.items().forEach(n -> response.getPhoneNumber().add(ProvisioningMapper.number(n)));
            response.setNextCursor(page.nextCursor());
            response.setTotal(Paging.total(request.isIncludeTotal(), () ->
                    beans().numbers().count(request.getAccountId(), status, request.getNumberFrom(), request.getNumberTo())));
            return response;
        });
    }

    @Override
    public ListSyncCommandsResponse listSyncCommands(ListSyncCommands request, RequestHeader requestHeader,
                                                     Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "ListSyncCommands", () -> {
            SwitchCommand.Status status = request.getStatus() == null ? null : SwitchCommand.Status.valueOf(request.getStatus().name());
            var page = beans().sync().open(request.getAccountId(), status,
                    Paging.of(request.getPage(), "ListSyncCommands", request.getAccountId(), status));
            ListSyncCommandsResponse response = new ListSyncCommandsResponse();
            page.items().forEach(c -> response.getCommand().add(ProvisioningMapper.command(c)));
            response.setNextCursor(page.nextCursor());
            response.setTotal(Paging.total(request.isIncludeTotal(), () ->
                    beans().sync().countOpen(request.getAccountId(), status)));
            return response;
        });
    }

    @Override
    public RetrySyncCommandResponse retrySyncCommand(RetrySyncCommand request, RequestHeader requestHeader,
                                                     Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "RetrySyncCommand", request,
                RetrySyncCommandResponse.class, () -> {
                    RetrySyncCommandResponse response = new RetrySyncCommandResponse();
                    response.setCommand(ProvisioningMapper.command(beans().sync().retry(request.getCommandId())));
                    return response;
                });
    }

    @Override
    public GetSyncStatusResponse getSyncStatus(GetSyncStatus request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetSyncStatus", () -> {
            User user = beans().users().get(request.getUserId());
            SyncStatus status = beans().sync().ofSubscriber(user.getAccount().getId(), user.getStation().getId());
            GetSyncStatusResponse response = new GetSyncStatusResponse();
            response.setSubscriber(status.subscriber());
            response.setState(SyncState.valueOf(status.state().name()));
            response.setDesiredVersion(status.desiredVersion());
            response.setAppliedVersion(status.appliedVersion());
            response.setPendingCommands(status.pendingCommands());
            response.setLastError(status.lastError());
            response.setSupersededCommands(status.supersededCommands());
            return response;
        });
    }

    @Override
    public ListChangesResponse listChanges(ListChanges request, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "ListChanges", () -> {
            ChangeFeed.Changes changes = beans().changes().after(request.getAccountId(), request.getCursor(),
                    request.getPageSize(), Boolean.TRUE.equals(request.isStartAtNow()));
            ListChangesResponse response = new ListChangesResponse();
            changes.changes().forEach(c -> response.getChange().add(ProvisioningMapper.change(c)));
            response.setNextCursor(changes.nextCursor());
            response.setMore(changes.more());
            return response;
        });
    }
}
