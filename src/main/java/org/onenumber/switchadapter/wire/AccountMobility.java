package org.onenumber.switchadapter.wire;

/** The account's Connect Mobility settings that every mobile client of the account is provisioned with. */
public record AccountMobility(
        String mobilityRouter,
        String groupName,
        String voicemailAccessNumber,
        String accessNumber,
        String reverseDialNumber,
        String handoverNumber) {
}
