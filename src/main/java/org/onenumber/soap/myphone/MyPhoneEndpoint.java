package org.onenumber.soap.myphone;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.jws.WebService;
import jakarta.xml.ws.Holder;
import org.onenumber.myphone.boundary.MyCalls;
import org.onenumber.myphone.boundary.MyDevices;
import org.onenumber.myphone.entity.CustomDevice;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.myphone.entity.CallChoices;
import org.onenumber.myphone.entity.CallSettings;
import org.onenumber.myphone.entity.PreferredDevice;
import org.onenumber.soap.ContractViolations;
import org.onenumber.soap.SoapCall;
import org.onenumber.ws.v1.*;

/**
 * My Phone's call settings over SOAP (MyPhonePort in wsdl/onenumber.wsdl): what end users set on My Phone, read and
 * set by their carrier or admins, with the same rules and the same feature conflicts as the page.
 */
@SchemaValidation(handler = ContractViolations.class, outbound = false)
@WebService(serviceName = "MyPhoneService", portName = "MyPhonePort",
        targetNamespace = "urn:onenumber:provisioning:v1",
        endpointInterface = "org.onenumber.ws.v1.MyPhonePort",
        wsdlLocation = "WEB-INF/wsdl/onenumber.wsdl")
public class MyPhoneEndpoint implements MyPhonePort {

    private volatile Beans beans;

    private record Beans(SoapCall call, MyCalls calls, MyDevices devices) {
    }

    private Beans beans() {
        if (beans == null) {
            CDI<Object> cdi = CDI.current();
            beans = new Beans(cdi.select(SoapCall.class).get(), cdi.select(MyCalls.class).get(),
                    cdi.select(MyDevices.class).get());
        }
        return beans;
    }

    static org.onenumber.ws.v1.CallSettings settings(long userId, CallSettings s) {
        var out = new org.onenumber.ws.v1.CallSettings();
        out.setUserId(userId);
        out.setVersion(s.getVersion());
        out.setPreferredDevice(org.onenumber.ws.v1.PreferredDevice.valueOf(s.getPreferredDevice().name()));
        out.setCustomDevice(s.getCustomDevice() == null ? null : s.getCustomDevice().getName());
        out.setCustomNumber(s.getCustomNumber());
        out.setRingNoAnswerSeconds(s.getRingNoAnswerSeconds());
        out.setRouteToCell(s.isRouteToCell());
        out.setSimultaneousRing(s.isSimultaneousRing());
        out.setSimRingQuietWhenBusy(s.isSimRingQuietWhenBusy());
        s.getSimRingNumbers().forEach(n -> {
            var number = new SimRingNumber();
            number.setNumberId(n.getId());
            number.setNumber(n.getE164());
            number.setAnswerConfirmation(n.isAnswerConfirmation());
            out.getSimRingNumber().add(number);
        });
        out.setForwardAll(s.getForwardAll());
        out.setForwardBusy(s.getForwardBusy());
        out.setForwardNoReply(s.getForwardNoReply());
        out.setNoReplySeconds(s.getNoReplySeconds());
        out.setDoNotDisturb(s.isDoNotDisturb());
        return out;
    }

    /** The request's fields over the stored settings: an absent element stays, an empty number is off. */
    static CallChoices merge(ModifyCallSettings r, CallSettings s, java.util.List<CustomDevice> devices) {
        Long device = s.getCustomDevice() == null ? null : s.getCustomDevice().getId();
        if (r.getCustomDevice() != null) {
            device = devices.stream().filter(d -> d.getName().equalsIgnoreCase(r.getCustomDevice().strip())).findFirst()
                    .map(CustomDevice::getId)
                    .orElseThrow(() -> new InvalidInputException("customDevice", "No device of the user's is called \""
                            + r.getCustomDevice().strip() + "\"; add it first (AddCustomDevice)."));
        }
        return new CallChoices(
                r.getPreferredDevice() == null ? s.getPreferredDevice() : PreferredDevice.valueOf(r.getPreferredDevice().name()),
                device,
                r.isRouteToCell() == null ? s.isRouteToCell() : r.isRouteToCell(),
                r.isSimultaneousRing() == null ? s.isSimultaneousRing() : r.isSimultaneousRing(),
                r.isSimRingQuietWhenBusy() == null ? s.isSimRingQuietWhenBusy() : r.isSimRingQuietWhenBusy(),
                r.getForwardAll() == null ? s.getForwardAll() : r.getForwardAll(),
                r.getForwardBusy() == null ? s.getForwardBusy() : r.getForwardBusy(),
                r.getForwardNoReply() == null ? s.getForwardNoReply() : r.getForwardNoReply(),
                r.getNoReplySeconds() == null ? s.getNoReplySeconds() : r.getNoReplySeconds(),
                r.isDoNotDisturb() == null ? s.isDoNotDisturb() : r.isDoNotDisturb());
    }

    @Override
    public GetCallSettingsResponse getCallSettings(GetCallSettings request, RequestHeader requestHeader,
                                                   Holder<ResponseHeader> responseHeader) throws OneNumberFault {
        return beans().call().query(requestHeader, responseHeader, "GetCallSettings", () -> {
            var response = new GetCallSettingsResponse();
            response.setCallSettings(settings(request.getUserId(), beans().calls().settings(request.getUserId())));
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
                    response.setCallSettings(settings(request.getUserId(),
                            beans().calls().save(request.getUserId(), expected, merge(request, current,
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
                    response.setCallSettings(settings(request.getUserId(), beans().calls().settings(request.getUserId())));
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
                    response.setCallSettings(settings(request.getUserId(), beans().calls().settings(request.getUserId())));
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
}
