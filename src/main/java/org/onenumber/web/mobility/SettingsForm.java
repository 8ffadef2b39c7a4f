package org.onenumber.web.mobility;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.mobility.entity.MobilityRouter;
import org.onenumber.mobility.entity.MobilityService;
import org.onenumber.mobility.entity.MobilitySettings;
import org.onenumber.mobility.entity.MobilityStatus;

/**
 * The inputs of the Connect Mobility Settings dialog, on the Add-on Features page and in support's account
 * list. A customer admin sees the support-only fields disabled and sends only the fields they may set, so a
 * page never asks the boundary for a change it would refuse.
 */
public class SettingsForm implements Serializable {

    private final MobilityStatus status;
    private final boolean support;
    private final long version;
    private final List<String> routers;
    private final Map<String, String> accessNumbers = new LinkedHashMap<>();
    private String mobilityRouter;
    private String groupName;
    private String voicemailAccessNumber;
    private String accessNumber;
    private String reverseDialNumber;
    private String handoverNumber;
    private boolean sendEmailNotification;
    private boolean defaultVideo;
    private Integer maxClientsPerUser;
    private boolean welcomeEmailEnabled;
    private String welcomeSubject;
    private String welcomeTemplate;

    /**
     * @param freeNumbers the account's free numbers, which the access number is chosen from
     */
    public SettingsForm(MobilityService service, boolean support, List<MobilityRouter> routers, List<PhoneNumber> freeNumbers) {
        this.status = service.getStatus();
        this.support = support;
        this.version = service.getVersion();
        this.routers = routers.stream().map(MobilityRouter::getName).toList();
        PhoneNumber current = service.getAccessNumber();
        if (current != null) {
            accessNumbers.put(current.getDisplay(), current.getE164());
        }
        freeNumbers.forEach(n -> accessNumbers.put(n.getDisplay(), n.getE164()));
        mobilityRouter = service.getRouter() == null ? null : service.getRouter().getName();
        groupName = service.getGroupName();
        voicemailAccessNumber = service.getVoicemailAccessNumber();
        accessNumber = current == null ? null : current.getE164();
        reverseDialNumber = service.getReverseDialNumber();
        handoverNumber = service.getHandoverNumber();
        sendEmailNotification = service.isSendEmailNotification();
        defaultVideo = service.isDefaultVideo();
        maxClientsPerUser = service.getMaxClientsPerUser();
        welcomeEmailEnabled = service.isWelcomeEmailEnabled();
        welcomeSubject = service.welcomeSubjectOrDefault();
        welcomeTemplate = service.welcomeTemplateOrDefault();
    }

    /** The change to send: every field for support, the customer admin's own fields for anyone else. */
    public MobilitySettings settings() {
        // the default text left as it is stays the default (blank), as over SOAP
        String subject = orBlank(welcomeSubject, MobilityService.DEFAULT_WELCOME_SUBJECT);
        String template = orBlank(welcomeTemplate, MobilityService.DEFAULT_WELCOME_TEMPLATE);
        if (!support) {
            return new MobilitySettings(null, null, null, null, null, null, null, sendEmailNotification, defaultVideo,
                    welcomeEmailEnabled, subject, template);
        }
        return new MobilitySettings(mobilityRouter, groupName, voicemailAccessNumber, accessNumber, reverseDialNumber,
                handoverNumber, maxClientsPerUser, sendEmailNotification, defaultVideo, welcomeEmailEnabled, subject, template);
    }

    private static String orBlank(String value, String defaultText) {
        if (value == null) {
            return "";
        }
        // a textarea sends CR LF line ends
        String typed = value.replace("\r\n", "\n").strip();
        return typed.equals(defaultText.strip()) ? "" : typed;
    }

    public Integer getMaxClientsPerUser() {
        return maxClientsPerUser;
    }

    public void setMaxClientsPerUser(Integer maxClientsPerUser) {
        this.maxClientsPerUser = maxClientsPerUser;
    }

    public boolean isWelcomeEmailEnabled() {
        return welcomeEmailEnabled;
    }

    public void setWelcomeEmailEnabled(boolean welcomeEmailEnabled) {
        this.welcomeEmailEnabled = welcomeEmailEnabled;
    }

    public String getWelcomeSubject() {
        return welcomeSubject;
    }

    public void setWelcomeSubject(String welcomeSubject) {
        this.welcomeSubject = welcomeSubject;
    }

    public String getWelcomeTemplate() {
        return welcomeTemplate;
    }

    public void setWelcomeTemplate(String welcomeTemplate) {
        this.welcomeTemplate = welcomeTemplate;
    }

    /** The placeholders a welcome template may use. */
    public String getWelcomePlaceholders() {
        return "{firstName} {lastName} {accountName} {businessNumber} {extension} {clientUserName} {deviceIdentity}"
                + " {appleLink} {androidLink}";
    }

    /** The add-on's status when the dialog opened. */
    public MobilityStatus getStatus() {
        return status;
    }

    public boolean isSupport() {
        return support;
    }

    public long getVersion() {
        return version;
    }

    public List<String> getRouters() {
        return routers;
    }

    public Map<String, String> getAccessNumbers() {
        return accessNumbers;
    }

    public String getMobilityRouter() {
        return mobilityRouter;
    }

    public void setMobilityRouter(String mobilityRouter) {
        this.mobilityRouter = mobilityRouter;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    public String getVoicemailAccessNumber() {
        return voicemailAccessNumber;
    }

    public void setVoicemailAccessNumber(String voicemailAccessNumber) {
        this.voicemailAccessNumber = voicemailAccessNumber;
    }

    public String getAccessNumber() {
        return accessNumber;
    }

    public void setAccessNumber(String accessNumber) {
        this.accessNumber = accessNumber;
    }

    public String getReverseDialNumber() {
        return reverseDialNumber;
    }

    public void setReverseDialNumber(String reverseDialNumber) {
        this.reverseDialNumber = reverseDialNumber;
    }

    public String getHandoverNumber() {
        return handoverNumber;
    }

    public void setHandoverNumber(String handoverNumber) {
        this.handoverNumber = handoverNumber;
    }

    public boolean isSendEmailNotification() {
        return sendEmailNotification;
    }

    public void setSendEmailNotification(boolean sendEmailNotification) {
        this.sendEmailNotification = sendEmailNotification;
    }

    public boolean isDefaultVideo() {
        return defaultVideo;
    }

    public void setDefaultVideo(boolean defaultVideo) {
        this.defaultVideo = defaultVideo;
    }
}
