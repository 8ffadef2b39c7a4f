package org.onenumber.soap.myphone;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.jws.WebService;
import jakarta.xml.ws.Holder;
import java.util.function.Supplier;
import org.onenumber.account.boundary.MyNumbers;
import org.onenumber.account.boundary.Users;
import org.onenumber.account.entity.UserNumber;
import org.onenumber.anywhere.boundary.AnywhereUsers;
import org.onenumber.mobility.boundary.MobileAppView;
import org.onenumber.mobility.boundary.MobileApps;
import org.onenumber.myphone.boundary.CallDefaults;
import org.onenumber.myphone.boundary.MyCalls;
import org.onenumber.myphone.boundary.MyDevices;
import org.onenumber.myphone.boundary.MyRules;
import org.onenumber.myphone.boundary.PhonePins;
import org.onenumber.myphone.entity.CallSettings;
import org.onenumber.myphone.entity.CustomDevice;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.soap.XmlTimes;
import org.onenumber.soap.ContractViolations;
import org.onenumber.soap.SoapCall;
import org.onenumber.ws.v1.*;

/**
 * My Phone over SOAP (MyPhonePort in wsdl/myphone.wsdl): what end users set on My Phone (call settings, My Number,
 * the Mobile App, custom devices, rules profiles, the phone PIN) and the account's call timers, read and set by their
 * carrier or admins through the same boundaries as the pages, so with the same rules and feature conflicts. Every
 * change answers with the resulting state; the mapping lives in {@link MyPhoneMapper}.
 */
@SchemaValidation(handler = ContractViolations.class, outbound = false)
@WebService(serviceName = "MyPhoneService", portName = "MyPhonePort",
        targetNamespace = "urn:onenumber:provisioning:v1",
        endpointInterface = "org.onenumber.ws.v1.MyPhonePort",
        wsdlLocation = "WEB-INF/wsdl/myphone.wsdl")
public class MyPhoneEndpoint implements MyPhonePort {

    private volatile Beans beans;

    private record Beans(SoapCall call, MyCalls calls, MyDevices devices, MyNumbers numbers, MobileApps mobileApps,
                         AnywhereUsers anywhere, MyRules rules, PhonePins pins, CallDefaults defaults, Users users) {
    }

    private Beans beans() {
        if (beans == null) {
            CDI<Object> cdi = CDI.current();
            beans = new Beans(cdi.select(SoapCall.class).get(), cdi.select(MyCalls.class).get(),
                    cdi.select(MyDevices.class).get(), cdi.select(MyNumbers.class).get(), cdi.select(MobileApps.class).get(),
                    cdi.select(AnywhereUsers.class).get(), cdi.select(MyRules.class).get(), cdi.select(PhonePins.class).get(),
                    cdi.select(CallDefaults.class).get(), cdi.select(Users.class).get());
        }
        return beans;
    }

    /** The user's features now, each read through its capability's boundary. */
    private UserFeatures features(long userId) {
        Beans b = beans();
        long accountId = b.users().get(userId).getAccount().getId();
        return MyPhoneMapper.features(new MyPhoneMapper.Features(userId, b.numbers().of(userId), b.mobileApps().view(userId),
                b.anywhere().of(userId), b.calls().settings(userId), b.devices().of(userId), b.rules().of(userId),
                b.defaults().ofAccount(accountId), accountId));
    }

    private <R> R change(RequestHeader header, Holder<ResponseHeader> reply, String operation, Object request,
                         Class<R> responseType, Supplier<R> work) throws OneNumberFault {
        return beans().call().change(header, reply, operation, request, responseType, work);
    }

    @Override
    public PingResponse ping(Ping parameters, RequestHeader requestHeader, Holder<ResponseHeader> responseHeader)
            throws OneNumberFault {
        return beans().call().ping(requestHeader, responseHeader);
    }

    @Override
    public GetCallSettingsResponse getCallSettings(GetCallSettings request, RequestHeader requestHeader,
                                                   Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetCallSettings", () -> {
            var response = new GetCallSettingsResponse();
            response.setCallSettings(MyPhoneMapper.settings(request.getUserId(), beans().calls().settings(request.getUserId())));
            return response;
        });
    }

    @Override
    public ModifyCallSettingsResponse modifyCallSettings(ModifyCallSettings request, RequestHeader requestHeader,
                                                         Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "ModifyCallSettings", request,
                ModifyCallSettingsResponse.class, () -> {
                    CallSettings current = beans().calls().settings(request.getUserId());
                    Long expected = request.getExpectedVersion() == null ? current.getVersion() : request.getExpectedVersion();
                    var response = new ModifyCallSettingsResponse();
                    response.setCallSettings(MyPhoneMapper.settings(request.getUserId(),
                            beans().calls().save(request.getUserId(), expected, MyPhoneMapper.merge(request, current,
                                    beans().devices().of(request.getUserId())))));
                    return response;
                });
    }

    @Override
    public AddSimRingNumberResponse addSimRingNumber(AddSimRingNumber request, RequestHeader requestHeader,
                                                     Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "AddSimRingNumber", request, AddSimRingNumberResponse.class,
                () -> {
                    beans().calls().addSimRing(request.getUserId(), request.getNumber(),
                            Boolean.TRUE.equals(request.isAnswerConfirmation()));
                    var response = new AddSimRingNumberResponse();
                    response.setCallSettings(MyPhoneMapper.settings(request.getUserId(), beans().calls().settings(request.getUserId())));
                    return response;
                });
    }

    @Override
    public RemoveSimRingNumberResponse removeSimRingNumber(RemoveSimRingNumber request, RequestHeader requestHeader,
                                                           Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().change(requestHeader, responseHeader, "RemoveSimRingNumber", request,
                RemoveSimRingNumberResponse.class, () -> {
                    beans().calls().removeSimRing(request.getUserId(), request.getNumberId());
                    var response = new RemoveSimRingNumberResponse();
                    response.setCallSettings(MyPhoneMapper.settings(request.getUserId(), beans().calls().settings(request.getUserId())));
                    return response;
                });
    }

    @Override
    public GetWhoRingsWhenResponse getWhoRingsWhen(GetWhoRingsWhen request, RequestHeader requestHeader,
                                                   Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetWhoRingsWhen", () -> {
            var plan = beans().calls().whoRingsWhen(request.getUserId(), request.getCaller());
            var response = new GetWhoRingsWhenResponse();
            response.setPending(plan.pending());
            response.setProblem(plan.problem());
            plan.steps().forEach(s -> {
                var step = new RingStep();
                step.setTarget(s.what());
                step.setAddress(s.address());
                step.setFromSecond(s.from());
                step.setSeconds(s.seconds());
                step.setOutcome(s.outcome());
                response.getStep().add(step);
            });
            return response;
        });
    }

    @Override
    public GetUserFeaturesResponse getUserFeatures(GetUserFeatures request, RequestHeader requestHeader,
                                                   Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetUserFeatures", () -> {
            var response = new GetUserFeaturesResponse();
            response.setUserFeatures(features(request.getUserId()));
            return response;
        });
    }

    @Override
    public ModifyUserFeaturesResponse modifyUserFeatures(ModifyUserFeatures request, RequestHeader requestHeader,
                                                         Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return change(requestHeader, responseHeader, "ModifyUserFeatures", request, ModifyUserFeaturesResponse.class, () -> {
            long userId = request.getUserId();
            MobileAppChange app = request.getMobileApp();
            if (app != null && !app.isOn()) {
                beans().mobileApps().turnOff(userId, app.getExpectedVersion());
            } else if (app != null) {
                MobileAppView current = beans().mobileApps().view(userId);
                Long expected = app.getExpectedVersion() == null ? current.version() : app.getExpectedVersion();
                beans().mobileApps().save(userId, expected, MyPhoneMapper.merge(app, current.settings()));
            }
            var response = new ModifyUserFeaturesResponse();
            response.setUserFeatures(features(userId));
            return response;
        });
    }

    @Override
    public AddUserNumberResponse addUserNumber(AddUserNumber request, RequestHeader requestHeader,
                                               Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return change(requestHeader, responseHeader, "AddUserNumber", request, AddUserNumberResponse.class, () -> {
            UserNumber added = beans().numbers().add(request.getUserId(),
                    MyPhoneMapper.number(request.getKind(), request.getNumber(), request.getLabel()));
            var response = new AddUserNumberResponse();
            response.setUserNumber(MyPhoneMapper.number(added));
            response.setUserFeatures(features(request.getUserId()));
            return response;
        });
    }

    @Override
    public ModifyUserNumberResponse modifyUserNumber(ModifyUserNumber request, RequestHeader requestHeader,
                                                     Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return change(requestHeader, responseHeader, "ModifyUserNumber", request, ModifyUserNumberResponse.class, () -> {
            UserNumber stored = beans().numbers().of(request.getUserId()).stream()
                    .filter(n -> n.getId() == request.getNumberId()).findFirst()
                    .orElseThrow(() -> new NotFoundException("Number", request.getNumberId()));
            UserNumber changed = beans().numbers().modify(request.getUserId(), request.getNumberId(),
                    request.getExpectedVersion(), MyPhoneMapper.merge(request, stored));
            var response = new ModifyUserNumberResponse();
            response.setUserNumber(MyPhoneMapper.number(changed));
            response.setUserFeatures(features(request.getUserId()));
            return response;
        });
    }

    @Override
    public RemoveUserNumberResponse removeUserNumber(RemoveUserNumber request, RequestHeader requestHeader,
                                                     Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return change(requestHeader, responseHeader, "RemoveUserNumber", request, RemoveUserNumberResponse.class, () -> {
            beans().numbers().remove(request.getUserId(), request.getNumberId());
            var response = new RemoveUserNumberResponse();
            response.setUserFeatures(features(request.getUserId()));
            return response;
        });
    }

    @Override
    public AddCustomDeviceResponse addCustomDevice(AddCustomDevice request, RequestHeader requestHeader,
                                                   Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return change(requestHeader, responseHeader, "AddCustomDevice", request, AddCustomDeviceResponse.class, () -> {
            CustomDevice added = beans().devices().add(request.getUserId(), new org.onenumber.myphone.entity.DeviceChoices(
                    request.getName(), request.getNumber(), request.getRingSeconds()));
            var response = new AddCustomDeviceResponse();
            response.setCustomDevice(MyPhoneMapper.device(added));
            response.setUserFeatures(features(request.getUserId()));
            return response;
        });
    }

    @Override
    public ModifyCustomDeviceResponse modifyCustomDevice(ModifyCustomDevice request, RequestHeader requestHeader,
                                                         Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return change(requestHeader, responseHeader, "ModifyCustomDevice", request, ModifyCustomDeviceResponse.class, () -> {
            CustomDevice stored = beans().devices().of(request.getUserId()).stream()
                    .filter(d -> d.getId() == request.getDeviceId()).findFirst()
                    .orElseThrow(() -> new NotFoundException("Device", request.getDeviceId()));
            CustomDevice changed = beans().devices().modify(request.getUserId(), request.getDeviceId(),
                    request.getExpectedVersion(), MyPhoneMapper.merge(request, stored));
            var response = new ModifyCustomDeviceResponse();
            response.setCustomDevice(MyPhoneMapper.device(changed));
            response.setUserFeatures(features(request.getUserId()));
            return response;
        });
    }

    @Override
    public RemoveCustomDeviceResponse removeCustomDevice(RemoveCustomDevice request, RequestHeader requestHeader,
                                                         Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return change(requestHeader, responseHeader, "RemoveCustomDevice", request, RemoveCustomDeviceResponse.class, () -> {
            beans().devices().remove(request.getUserId(), request.getDeviceId());
            var response = new RemoveCustomDeviceResponse();
            response.setUserFeatures(features(request.getUserId()));
            return response;
        });
    }

    @Override
    public AddRulesProfileResponse addRulesProfile(AddRulesProfile request, RequestHeader requestHeader,
                                                   Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return change(requestHeader, responseHeader, "AddRulesProfile", request, AddRulesProfileResponse.class, () -> {
            var added = beans().rules().addProfile(request.getUserId(), request.getName());
            var response = new AddRulesProfileResponse();
            response.setRulesProfile(MyPhoneMapper.profile(added));
            response.setUserFeatures(features(request.getUserId()));
            return response;
        });
    }

    @Override
    public RenameRulesProfileResponse renameRulesProfile(RenameRulesProfile request, RequestHeader requestHeader,
                                                         Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return change(requestHeader, responseHeader, "RenameRulesProfile", request, RenameRulesProfileResponse.class, () -> {
            var renamed = beans().rules().renameProfile(request.getUserId(), request.getProfileId(), request.getName());
            var response = new RenameRulesProfileResponse();
            response.setRulesProfile(MyPhoneMapper.profile(renamed));
            response.setUserFeatures(features(request.getUserId()));
            return response;
        });
    }

    @Override
    public RemoveRulesProfileResponse removeRulesProfile(RemoveRulesProfile request, RequestHeader requestHeader,
                                                         Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return change(requestHeader, responseHeader, "RemoveRulesProfile", request, RemoveRulesProfileResponse.class, () -> {
            beans().rules().removeProfile(request.getUserId(), request.getProfileId());
            var response = new RemoveRulesProfileResponse();
            response.setUserFeatures(features(request.getUserId()));
            return response;
        });
    }

    @Override
    public ActivateRulesProfileResponse activateRulesProfile(ActivateRulesProfile request, RequestHeader requestHeader,
                                                             Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return change(requestHeader, responseHeader, "ActivateRulesProfile", request, ActivateRulesProfileResponse.class, () -> {
            beans().rules().activate(request.getUserId(), request.getProfileId());
            var response = new ActivateRulesProfileResponse();
            response.setUserFeatures(features(request.getUserId()));
            return response;
        });
    }

    @Override
    public AddRoutingRuleResponse addRoutingRule(AddRoutingRule request, RequestHeader requestHeader,
                                                 Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return change(requestHeader, responseHeader, "AddRoutingRule", request, AddRoutingRuleResponse.class, () -> {
            var added = beans().rules().addRule(request.getUserId(), request.getProfileId(), MyPhoneMapper.rule(request));
            var response = new AddRoutingRuleResponse();
            response.setRoutingRule(MyPhoneMapper.rule(added));
            response.setUserFeatures(features(request.getUserId()));
            return response;
        });
    }

    @Override
    public RemoveRoutingRuleResponse removeRoutingRule(RemoveRoutingRule request, RequestHeader requestHeader,
                                                       Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return change(requestHeader, responseHeader, "RemoveRoutingRule", request, RemoveRoutingRuleResponse.class, () -> {
            beans().rules().removeRule(request.getUserId(), request.getProfileId(), request.getRuleId());
            var response = new RemoveRoutingRuleResponse();
            response.setUserFeatures(features(request.getUserId()));
            return response;
        });
    }

    /** The carrier sets the PIN (no second typing to compare); the answer says when, never what. */
    @Override
    public ChangePhonePinResponse changePhonePin(ChangePhonePin request, RequestHeader requestHeader,
                                                 Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return change(requestHeader, responseHeader, "ChangePhonePin", request, ChangePhonePinResponse.class, () -> {
            var pin = beans().pins().change(request.getUserId(), request.getPin(), request.getPin());
            var response = new ChangePhonePinResponse();
            response.setChanged(XmlTimes.of(pin.getChangedAt()));
            return response;
        });
    }

    @Override
    public GetCallTimersResponse getCallTimers(GetCallTimers request, RequestHeader requestHeader,
                                               Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetCallTimers", () -> {
            var response = new GetCallTimersResponse();
            response.setCallTimers(MyPhoneMapper.timers(request.getAccountId(),
                    beans().defaults().ofAccount(request.getAccountId())));
            return response;
        });
    }

    @Override
    public ModifyCallTimersResponse modifyCallTimers(ModifyCallTimers request, RequestHeader requestHeader,
                                                     Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return change(requestHeader, responseHeader, "ModifyCallTimers", request, ModifyCallTimersResponse.class, () -> {
            var current = beans().defaults().ofAccount(request.getAccountId());
            var saved = beans().defaults().save(request.getAccountId(), request.getExpectedVersion(),
                    MyPhoneMapper.merge(request, current));
            var response = new ModifyCallTimersResponse();
            response.setCallTimers(MyPhoneMapper.timers(request.getAccountId(), saved));
            return response;
        });
    }
}
