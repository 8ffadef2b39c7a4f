package org.onenumber.switchadapter.wire;

/**
 * The call a {@link PortalCall} placed: it is active for {@code subscriber} on their Office Anywhere phone,
 * presenting {@code callerId} (the subscriber's business number), and will be billed as {@code rateClass}.
 */
public record PortalCallResult(String callId, String subscriber, String callerId, RateClass rateClass)
        implements ResponseBody {
}
