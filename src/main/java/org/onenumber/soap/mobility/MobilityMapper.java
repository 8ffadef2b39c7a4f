package org.onenumber.soap.mobility;

import java.time.Instant;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;
import org.onenumber.account.entity.User;
import org.onenumber.license.entity.ClientLicense;
import org.onenumber.license.entity.LicensePool;
import org.onenumber.mobility.entity.MobilityRouter;
import org.onenumber.mobility.entity.MobilityService;
import org.onenumber.mobility.entity.MobilitySettings;
import org.onenumber.mobility.entity.MobilityUser;
import org.onenumber.mobility.entity.MobilityUserStatus;
import org.onenumber.mobility.entity.RouterDetails;
import org.onenumber.soap.XmlTimes;

/** Between the generated contract types (org.onenumber.ws.v1) and the domain; they never pass this class. */
final class MobilityMapper {

    private MobilityMapper() {
    }

    static RouterDetails router(org.onenumber.ws.v1.MobilityRouter router) {
        if (router == null) {
            return new RouterDetails(null, null, null, null);
        }
        return new RouterDetails(router.getName(), router.getClientStartAddress(), router.getRemoteServerAddress(),
                router.getRemoteServerPort());
    }

    static org.onenumber.ws.v1.MobilityRouter router(MobilityRouter router) {
        var out = new org.onenumber.ws.v1.MobilityRouter();
        out.setName(router.getName());
        out.setClientStartAddress(router.getClientStartAddress());
        out.setRemoteServerAddress(router.getRemoteServerAddress());
        out.setRemoteServerPort(router.getRemoteServerPort());
        out.setVersion(router.getVersion());
        out.setLastModified(time(router.getLastModified()));
        return out;
    }

    static MobilitySettings settings(org.onenumber.ws.v1.MobilitySettings in) {
        if (in == null) {
            return MobilitySettings.none();
        }
        return new MobilitySettings(in.getMobilityRouter(), in.getGroupName(), in.getVoicemailAccessNumber(),
                in.getAccessNumber(), in.getReverseDialNumber(), in.getHandoverNumber(), in.getMaxClientsPerUser(),
                in.isSendEmailNotification(), in.isDefaultVideo(), in.isWelcomeEmailEnabled(), in.getWelcomeSubject(),
                in.getWelcomeTemplate());
    }

    static org.onenumber.ws.v1.Mobility mobility(MobilityService service) {
        var out = new org.onenumber.ws.v1.Mobility();
        out.setAccountId(service.getAccount().getId());
        out.setVersion(service.getVersion());
        out.setStatus(org.onenumber.ws.v1.MobilityStatus.valueOf(service.getStatus().name()));
        var settings = new org.onenumber.ws.v1.MobilitySettings();
        settings.setMobilityRouter(service.getRouter() == null ? null : service.getRouter().getName());
        settings.setGroupName(service.getGroupName());
        settings.setVoicemailAccessNumber(service.getVoicemailAccessNumber());
        settings.setAccessNumber(service.getAccessNumber() == null ? null : service.getAccessNumber().getE164());
        settings.setReverseDialNumber(service.getReverseDialNumber());
        settings.setHandoverNumber(service.getHandoverNumber());
        settings.setMaxClientsPerUser(service.getMaxClientsPerUser());
        settings.setSendEmailNotification(service.isSendEmailNotification());
        settings.setDefaultVideo(service.isDefaultVideo());
        settings.setWelcomeEmailEnabled(service.isWelcomeEmailEnabled());
        settings.setWelcomeSubject(service.welcomeSubjectOrDefault());
        settings.setWelcomeTemplate(service.welcomeTemplateOrDefault());
        out.setSettings(settings);
        out.setActivationRequested(time(service.getActivationRequestedAt()));
        out.setActivationRequestedBy(service.getActivationRequestedBy());
        out.setActivated(time(service.getActivatedAt()));
        out.setActivatedBy(service.getActivatedBy());
        return out;
    }

    static org.onenumber.ws.v1.LicensePool pool(LicensePool pool) {
        var out = new org.onenumber.ws.v1.LicensePool();
        out.setAccountId(pool.getAccount().getId());
        out.setPurchased(pool.getPurchased());
        out.setShared(pool.getShared());
        out.setAvailable(pool.getAvailable());
        out.setVersion(pool.getVersion());
        return out;
    }

    static org.onenumber.ws.v1.ClientLicense license(ClientLicense license) {
        var out = new org.onenumber.ws.v1.ClientLicense();
        out.setDeviceIdentity(license.getDeviceIdentity());
        out.setStatus(org.onenumber.ws.v1.LicenseStatus.valueOf(license.getStatus().name()));
        if (license.getStation() != null) {
            out.setUserId(license.getStation().getUser().getId());
            out.setExtension(license.getStation().getExtension());
        }
        out.setShared(time(license.getSharedAt()));
        out.setVersion(license.getVersion());
        out.setLastModified(time(license.getLastModified()));
        return out;
    }

    static org.onenumber.ws.v1.MobilityUser mobilityUser(MobilityUser mobilityUser, List<String> deviceIdentities,
                                                         MobilityUserStatus status) {
        User user = mobilityUser.getUser();
        var out = new org.onenumber.ws.v1.MobilityUser();
        out.setUserId(user.getId());
        out.setAccountId(mobilityUser.getAccount().getId());
        out.setVersion(mobilityUser.getVersion());
        out.setName(user.displayName());
        out.setFirstName(user.getFirstName());
        out.setLastName(user.getLastName());
        out.setBusinessNumber(user.getStation().getPhoneNumber() == null ? null : user.getStation().getPhoneNumber().getE164());
        out.setExtension(user.getStation().getExtension());
        out.setMobilityExtension(mobilityUser.getMobilityExtension());
        out.setVideo(mobilityUser.isVideo());
        out.getDeviceIdentity().addAll(deviceIdentities);
        out.setProvisioningEmailSent(time(mobilityUser.getProvisioningEmailSentAt()));
        out.setLastModified(time(mobilityUser.getLastModified()));
        out.setStatus(org.onenumber.ws.v1.MobilityUserStatus.valueOf(status.name()));
        return out;
    }

    private static XMLGregorianCalendar time(Instant instant) {
        return XmlTimes.of(instant);
    }
}
