package org.onenumber.mobility.entity;

import org.onenumber.platform.entity.PlainText;
import org.onenumber.platform.control.BusinessException;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The Connect Mobility Settings of an account as a change: a null field stays as it is. The first six are
 * support-only (the mobility router by name, the group and the numbers the clients dial); customer admins
 * may set the notification flag and the defaults for users added later.
 */
public record MobilitySettings(
        @Size(max = 40, message = "A router name has at most 40 characters.")
        @PlainText
        String mobilityRouter,
        @Size(max = 100, message = "The group name has at most 100 characters.")
        @PlainText
        String groupName,
        @Pattern(regexp = "\\+?[0-9]{3,15}", message = "The voicemail access number is 3 to 15 digits, such as 8991.")
        String voicemailAccessNumber,
        String accessNumber,
        @Pattern(regexp = "\\+?[0-9]{3,15}", message = "The reverse dial number is 3 to 15 digits.")
        String reverseDialNumber,
        @Pattern(regexp = "\\+?[0-9]{3,15}", message = "The handover number is 3 to 15 digits.")
        String handoverNumber,
        @Min(value = 1, message = "Allow at least one mobile client per user.")
        @Max(value = 5, message = "Allow at most five mobile clients per user.")
        Integer maxClientsPerUser,
        Boolean sendEmailNotification,
        Boolean defaultVideo,
        Boolean welcomeEmailEnabled,
        @Size(max = 200, message = "The welcome subject has at most 200 characters.")
        @PlainText
        String welcomeSubject,
        @Size(max = 8000, message = "The welcome template has at most 8000 characters.")
        String welcomeTemplate) {

    public static MobilitySettings none() {
        return new MobilitySettings(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The names of the support-only fields this change sets, in contract order. */
    /** Customer admins may not touch support-only fields; {@code carrierSide} is support or the carrier's API. */
    public void requireChangeableBy(boolean carrierSide) {
        List<String> fields = supportFields();
        if (!fields.isEmpty() && !carrierSide) {
            throw new BusinessException(MobilityError.NOT_SUPPORT_FIELD, fields.get(0), "Only carrier support can change "
                    + String.join(", ", fields) + ". Open a support case to have it changed.");
        }
    }

    public List<String> supportFields() {
        List<String> fields = new ArrayList<>();
        add(fields, "mobilityRouter", mobilityRouter);
        add(fields, "groupName", groupName);
        add(fields, "voicemailAccessNumber", voicemailAccessNumber);
        add(fields, "accessNumber", accessNumber);
        add(fields, "reverseDialNumber", reverseDialNumber);
        add(fields, "handoverNumber", handoverNumber);
        add(fields, "maxClientsPerUser", maxClientsPerUser);
        return fields;
    }

    private static void add(List<String> fields, String name, Object value) {
        if (value != null) {
            fields.add(name);
        }
    }
}
