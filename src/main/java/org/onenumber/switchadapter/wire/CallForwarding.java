package org.onenumber.switchadapter.wire;

/**
 * Forwarding on the main line, each variation with its own destination; null means off. When
 * {@code all} is set the other two are ignored.
 */
public record CallForwarding(String all, String busy, String noReply, int noReplySeconds) {

    public static final int DEFAULT_NO_REPLY_SECONDS = 12;
    public static final CallForwarding NONE = new CallForwarding(null, null, null, DEFAULT_NO_REPLY_SECONDS);

    public static CallForwarding all(String destination) {
        return new CallForwarding(destination, null, null, DEFAULT_NO_REPLY_SECONDS);
    }

    public static CallForwarding noReply(String destination, int seconds) {
        return new CallForwarding(null, null, destination, seconds);
    }

    public static CallForwarding busy(String destination) {
        return new CallForwarding(null, destination, null, DEFAULT_NO_REPLY_SECONDS);
    }
}
