package org.onenumber.mobility.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.entity.Identified;

/**
 * An account's Mobility add-on: its status and the Connect Mobility Settings every mobile client of the
 * account is provisioned with, plus the defaults given to users added later (never to existing ones).
 */
@Entity
@Table(name = "mobility_service")
public class MobilityService extends Identified {

    public static final String DEFAULT_WELCOME_SUBJECT = "Your mobile app is ready";
    public static final String DEFAULT_WELCOME_TEMPLATE = """
            Hello {firstName},

            {accountName} has given you the mobile app for your business number {businessNumber}.
            Calls to your number can now reach you on the app as well as on your desk phone.

            Your user name for the app is {clientUserName}; your password is your phone/voicemail PIN.
            A separate email tells you how to set the app up.""";

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MobilityStatus status = MobilityStatus.NOT_ACTIVATED;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "router_id")
    private MobilityRouter router;

    @Column(name = "group_name")
    private String groupName;

    @Column(name = "voicemail_access_number")
    private String voicemailAccessNumber;

    /** Taken from the account's inventory, so no station can be given it too. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "access_number_id")
    private PhoneNumber accessNumber;

    @Column(name = "reverse_dial_number")
    private String reverseDialNumber;

    @Column(name = "handover_number")
    private String handoverNumber;

    @Column(name = "send_email_notification", nullable = false)
    private boolean sendEmailNotification;

    @Column(name = "default_video", nullable = false)
    private boolean defaultVideo;

    @Column(name = "max_clients_per_user", nullable = false)
    private int maxClientsPerUser = 1;

    @Column(name = "welcome_email_enabled", nullable = false)
    private boolean welcomeEmailEnabled = true;

    @Column(name = "welcome_subject")
    private String welcomeSubject;

    @Column(name = "welcome_template")
    private String welcomeTemplate;

    @Column(name = "activation_requested_at")
    private Instant activationRequestedAt;

    @Column(name = "activation_requested_by")
    private String activationRequestedBy;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "activated_by")
    private String activatedBy;

    protected MobilityService() {
    }

    public MobilityService(Account account) {
        this.account = account;
    }

    /** A customer admin activates the add-on and confirms the purchase; support completes it later. */
    public void requestActivation(String by) {
        require(MobilityStatus.NOT_ACTIVATED, "activate");
        status = MobilityStatus.PENDING_ACTIVATION;
        activationRequestedAt = Instant.now();
        activationRequestedBy = by;
    }

    /** Support completes activation once the account has a router and a group to provision clients with. */
    public void completeActivation(String by) {
        require(MobilityStatus.PENDING_ACTIVATION, "complete activation of");
        if (router == null) {
            throw new BusinessException(CommonError.INVALID_FIELD, "mobilityRouter",
                    "Assign a mobility router before completing activation.");
        }
        if (groupName == null || groupName.isBlank()) {
            throw new BusinessException(CommonError.INVALID_FIELD, "groupName",
                    "Give the group name before completing activation.");
        }
        status = MobilityStatus.ACTIVE;
        activatedAt = Instant.now();
        activatedBy = by;
    }

    public void suspend() {
        require(MobilityStatus.ACTIVE, "suspend");
        status = MobilityStatus.SUSPENDED;
    }

    public void resume() {
        require(MobilityStatus.SUSPENDED, "resume");
        status = MobilityStatus.ACTIVE;
    }

    /** A user who holds {@code held} clients may have one more only below the account's clients per user. */
    public void requireRoomForClient(String userName, long held) {
        if (held >= maxClientsPerUser) {
            throw new BusinessException(MobilityError.CLIENT_LIMIT_REACHED, "userId", userName + " already has " + held
                    + " mobile client" + (held == 1 ? "" : "s") + "; this account allows " + maxClientsPerUser + " per user.");
        }
    }

    public void requireUsersAllowed() {
        if (!status.allowsUsers()) {
            throw new BusinessException(MobilityError.MOBILITY_NOT_ACTIVE, null, "Mobility is " + describe(status)
                    + " for " + account.getName() + ": activate it before adding mobility users or sharing licenses.");
        }
    }

    private void require(MobilityStatus expected, String verb) {
        if (status != expected) {
            throw new BusinessException(MobilityError.INVALID_STATUS_CHANGE, "status", "Cannot " + verb
                    + " Mobility for " + account.getName() + ": it is " + describe(status) + ".");
        }
    }

    private static String describe(MobilityStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /**
     * Applies a checked change; the router and access number are resolved by the caller.
     *
     * @return whether a setting the clients are provisioned with changed
     */
    public boolean apply(MobilitySettings s, MobilityRouter newRouter, PhoneNumber newAccessNumber) {
        Map<String, Object> before = provisioned();
        if (newRouter != null) {
            router = newRouter;
        }
        if (s.groupName() != null) {
            groupName = blankToNull(s.groupName());
        }
        if (s.voicemailAccessNumber() != null) {
            voicemailAccessNumber = s.voicemailAccessNumber();
        }
        if (newAccessNumber != null && newAccessNumber != accessNumber) {
            if (accessNumber != null) {
                accessNumber.release();
            }
            newAccessNumber.assign("accessNumber");
            accessNumber = newAccessNumber;
        }
        if (s.reverseDialNumber() != null) {
            reverseDialNumber = s.reverseDialNumber();
        }
        if (s.handoverNumber() != null) {
            handoverNumber = s.handoverNumber();
        }
        if (s.maxClientsPerUser() != null) {
            maxClientsPerUser = s.maxClientsPerUser();
        }
        if (s.sendEmailNotification() != null) {
            sendEmailNotification = s.sendEmailNotification();
        }
        if (s.defaultVideo() != null) {
            defaultVideo = s.defaultVideo();
        }
        if (s.welcomeEmailEnabled() != null) {
            welcomeEmailEnabled = s.welcomeEmailEnabled();
        }
        if (s.welcomeSubject() != null) {
            welcomeSubject = blankToNull(s.welcomeSubject());
        }
        if (s.welcomeTemplate() != null) {
            welcomeTemplate = blankToNull(s.welcomeTemplate());
        }
        return !Objects.equals(before, provisioned());
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.trim();
    }

    /** What the mobile clients are provisioned with; a change to it is what users are notified of. */
    public Map<String, Object> provisioned() {
        var map = new LinkedHashMap<String, Object>();
        map.put("mobilityRouter", router == null ? null : router.getName());
        map.put("groupName", groupName);
        map.put("voicemailAccessNumber", voicemailAccessNumber);
        map.put("accessNumber", accessNumber == null ? null : accessNumber.getE164());
        map.put("reverseDialNumber", reverseDialNumber);
        map.put("handoverNumber", handoverNumber);
        return map;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("status", status);
        map.putAll(provisioned());
        map.put("maxClientsPerUser", maxClientsPerUser);
        map.put("sendEmailNotification", sendEmailNotification);
        map.put("defaultVideo", defaultVideo);
        map.put("welcomeEmailEnabled", welcomeEmailEnabled);
        map.put("welcomeSubject", welcomeSubject);
        map.put("welcomeTemplateCustomised", welcomeTemplate != null);
        return map;
    }

    public String welcomeSubjectOrDefault() {
        return welcomeSubject == null ? DEFAULT_WELCOME_SUBJECT : welcomeSubject;
    }

    public String welcomeTemplateOrDefault() {
        return welcomeTemplate == null ? DEFAULT_WELCOME_TEMPLATE : welcomeTemplate;
    }

    public Account getAccount() {
        return account;
    }

    public MobilityStatus getStatus() {
        return status;
    }

    public MobilityRouter getRouter() {
        return router;
    }

    public String getGroupName() {
        return groupName;
    }

    public String getVoicemailAccessNumber() {
        return voicemailAccessNumber;
    }

    public PhoneNumber getAccessNumber() {
        return accessNumber;
    }

    public String getReverseDialNumber() {
        return reverseDialNumber;
    }

    public String getHandoverNumber() {
        return handoverNumber;
    }

    public boolean isSendEmailNotification() {
        return sendEmailNotification;
    }

    public boolean isDefaultVideo() {
        return defaultVideo;
    }

    public int getMaxClientsPerUser() {
        return maxClientsPerUser;
    }

    public boolean isWelcomeEmailEnabled() {
        return welcomeEmailEnabled;
    }

    public String getWelcomeSubject() {
        return welcomeSubject;
    }

    public String getWelcomeTemplate() {
        return welcomeTemplate;
    }

    public Instant getActivationRequestedAt() {
        return activationRequestedAt;
    }

    public String getActivationRequestedBy() {
        return activationRequestedBy;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public String getActivatedBy() {
        return activatedBy;
    }
}
