package org.onenumber.mobility.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.account.entity.User;
import jakarta.enterprise.event.Observes;
import org.onenumber.license.control.LicenseShared;
import org.onenumber.license.entity.ClientLicense;
import org.onenumber.mobility.entity.MobilityRouter;
import org.onenumber.mobility.entity.MobilityService;
import org.onenumber.mobility.entity.MobilityUser;
import org.onenumber.notify.control.EmailQueue;
import org.onenumber.notify.control.EmailTemplate;
import org.onenumber.notify.entity.Attachment;
import org.onenumber.notify.entity.Email;

/**
 * The three emails of the Mobility add-on, queued in the caller's transaction: the welcome email when a
 * client license is shared (the account's own template, or none if it turned them off), the provisioning
 * email with everything the app asks for at sign-in plus a QR code that carries it, and the notice to every
 * mobility user when the account's settings change.
 */
@ApplicationScoped
public class MobilityEmails {

    public static final String WELCOME = "WELCOME";
    public static final String PROVISIONING = "PROVISIONING";
    public static final String SETTINGS_CHANGED = "SETTINGS_CHANGED";

    /** Scheme of the QR code's link, which the app reads to fill in its account screen. */
    static final String QR_SCHEME = "onenumber-mobility://provision";

    /**
     * A blank line between paragraphs, and a line break inside one: compiled once, not for every email. The atomic
     * groups keep a CRLF one line break: a bare {@code \R} may match its CR alone and the LF as a second break.
     */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?>\\R)\\s*(?>\\R)");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    @Inject
    EmailQueue outbox;

    @Inject
    MobilityRules rules;

    @Inject
    @ConfigProperty(name = "onenumber.mobile.apple-link")
    String appleLink;

    @Inject
    @ConfigProperty(name = "onenumber.mobile.android-link")
    String androidLink;

    void onLicenseShared(@Observes LicenseShared shared) {
        welcome(shared.user(), shared.license());
    }

    public void welcome(User user, ClientLicense license) {
        MobilityService service = rules.service(user.getAccount()).orElseGet(() -> new MobilityService(user.getAccount()));
        if (!service.isWelcomeEmailEnabled()) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("firstName", user.getFirstName());
        values.put("lastName", user.getLastName());
        values.put("accountName", user.getAccount().getName());
        values.put("businessNumber", businessNumber(user));
        values.put("extension", user.getStation().getExtension());
        values.put("clientUserName", clientUserName(user));
        values.put("deviceIdentity", license.getDeviceIdentity());
        values.put("appleLink", appleLink);
        values.put("androidLink", androidLink);
        String template = service.welcomeTemplateOrDefault();
        String text = EmailTemplate.of(template).text(values) + downloadsText();
        String html = paragraphs(EmailTemplate.of(template).html(values)) + downloadsHtml();
        outbox.queue(new Email(user.getAccount().getId(), WELCOME, user.getEmail(),
                EmailTemplate.of(service.welcomeSubjectOrDefault()).text(values), text, page(html), List.of()));
    }

    /** Everything the app asks for at sign-in; needs the router support assigned to the account. */
    public void provisioning(MobilityUser mobilityUser, MobilityService service) {
        outbox.queue(provisioningEmail(mobilityUser, service));
    }

    /** The provisioning email, its QR code drawn when it is sent (see {@link Attachment}). */
    private Email provisioningEmail(MobilityUser mobilityUser, MobilityService service) {
        User user = mobilityUser.getUser();
        MobilityRouter router = service.getRouter();
        String qrContent = qrContent(user, mobilityUser, service);
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Username", clientUserName(user));
        rows.put("Password", "your phone/voicemail PIN");
        rows.put("Mobile Number", "your 10-digit mobile (personal) phone number");
        rows.put("Server Address", router.getClientStartAddress());
        rows.put("Remote server", router.getRemoteServerAddress());
        rows.put("Remote server port", String.valueOf(router.getRemoteServerPort()));
        rows.put("Mobility extension", mobilityUser.getMobilityExtension());
        rows.put("Group", service.getGroupName());

        StringBuilder text = new StringBuilder("Hello ").append(user.getFirstName()).append(",\n\n")
                .append("Set up the mobile app for ").append(businessNumber(user)).append(" (")
                .append(user.getAccount().getName()).append(") with these details, or scan the QR code in this")
                .append(" email from the app's Provisioning screen (Settings > Advanced > Provisioning):\n\n");
        rows.forEach((name, value) -> text.append("  ").append(name).append(": ").append(value).append('\n'));
        text.append("\nQR code content: ").append(qrContent).append('\n').append(downloadsText());

        StringBuilder html = new StringBuilder("<p>Hello ").append(EmailTemplate.escapeHtml(user.getFirstName()))
                .append(",</p><p>Set up the mobile app for ").append(EmailTemplate.escapeHtml(businessNumber(user)))
                .append(" (").append(EmailTemplate.escapeHtml(user.getAccount().getName()))
                .append(") with these details, or scan the QR code from the app's Provisioning screen.</p><table>");
        rows.forEach((name, value) -> html.append("<tr><th align=\"left\">").append(EmailTemplate.escapeHtml(name))
                .append("</th><td>").append(EmailTemplate.escapeHtml(value)).append("</td></tr>"));
        html.append("</table><p><img src=\"cid:provisioning-qr\" alt=\"Provisioning QR code\" width=\"240\" height=\"240\"></p>")
                .append(downloadsHtml());

        return new Email(user.getAccount().getId(), PROVISIONING, user.getEmail(),
                "Set up your mobile app for " + businessNumber(user), text.toString(), page(html.toString()),
                List.of(Attachment.inlineQrCode("provisioning-qr", "provisioning-qr.png", qrContent, 240)));
    }

    /** Tells one mobility user what the account's Mobility settings now are. */
    public void settingsChanged(MobilityUser mobilityUser, MobilityService service) {
        User user = mobilityUser.getUser();
        Map<String, Object> settings = service.provisioned();
        StringBuilder text = new StringBuilder("Hello ").append(user.getFirstName()).append(",\n\n")
                .append("The Mobility settings of ").append(user.getAccount().getName())
                .append(" have changed. Your mobile app uses these settings now:\n\n");
        StringBuilder html = new StringBuilder("<p>Hello ").append(EmailTemplate.escapeHtml(user.getFirstName()))
                .append(",</p><p>The Mobility settings of ").append(EmailTemplate.escapeHtml(user.getAccount().getName()))
                .append(" have changed. Your mobile app uses these settings now:</p><table>");
        settings.forEach((name, value) -> {
            String label = label(name);
            String shown = value == null ? "-" : value.toString();
            text.append("  ").append(label).append(": ").append(shown).append('\n');
            html.append("<tr><th align=\"left\">").append(EmailTemplate.escapeHtml(label)).append("</th><td>")
                    .append(EmailTemplate.escapeHtml(shown)).append("</td></tr>");
        });
        text.append("\nIf the app stops working, sign out and sign in again.\n");
        html.append("</table><p>If the app stops working, sign out and sign in again.</p>");
        outbox.queue(new Email(user.getAccount().getId(), SETTINGS_CHANGED, user.getEmail(),
                "Mobility settings changed for " + user.getAccount().getName(), text.toString(),
                page(html.toString()), List.of()));
    }

    /** The app's user name: the 10-digit business number (the extension for a user without one). */
    public static String clientUserName(User user) {
        PhoneNumber number = user.getStation().getPhoneNumber();
        if (number == null) {
            return user.getStation().getExtension();
        }
        String e164 = number.getE164();
        return e164.startsWith("+1") && e164.length() == 12 ? e164.substring(2) : e164.substring(1);
    }

    public static String qrContent(User user, MobilityUser mobilityUser, MobilityService service) {
        MobilityRouter router = service.getRouter();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("subscriber", clientUserName(user));
        fields.put("server", router.getClientStartAddress());
        fields.put("remoteServer", router.getRemoteServerAddress());
        fields.put("remotePort", String.valueOf(router.getRemoteServerPort()));
        fields.put("group", service.getGroupName());
        fields.put("extension", mobilityUser.getMobilityExtension());
        StringBuilder uri = new StringBuilder(QR_SCHEME);
        char separator = '?';
        for (var field : fields.entrySet()) {
            if (field.getValue() != null) {
                uri.append(separator).append(field.getKey()).append('=')
                        .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return uri.toString();
    }

    /** Where the app is downloaded: the Apple App Store and Google Play links. */
    public String appleLink() {
        return appleLink;
    }

    public String androidLink() {
        return androidLink;
    }

    private static String businessNumber(User user) {
        PhoneNumber number = user.getStation().getPhoneNumber();
        return number == null ? "extension " + user.getStation().getExtension() : number.getDisplay();
    }

    private String downloadsText() {
        return "\n\nDownload the app:\n  Apple App Store: " + appleLink + "\n  Google Play: " + androidLink + "\n";
    }

    private String downloadsHtml() {
        return "<p>Download the app: <a href=\"" + EmailTemplate.escapeHtml(appleLink) + "\">Apple App Store</a> | <a href=\""
                + EmailTemplate.escapeHtml(androidLink) + "\">Google Play</a></p>";
    }

    static String paragraphs(String escapedText) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : PARAGRAPH_BREAK.split(escapedText)) {
            html.append("<p>").append(LINE_BREAK.matcher(paragraph.strip()).replaceAll("<br>")).append("</p>");
        }
        return html.toString();
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html><body style=\"font-family:sans-serif\">" + body + "</body></html>";
    }

    private static String label(String field) {
        return switch (field) {
            case "mobilityRouter" -> "Mobility Router";
            case "groupName" -> "Group Name";
            case "voicemailAccessNumber" -> "Voicemail Access Number";
            case "accessNumber" -> "Access Number";
            case "reverseDialNumber" -> "Reverse Dial Number";
            case "handoverNumber" -> "Handover Number";
            default -> field;
        };
    }
}
