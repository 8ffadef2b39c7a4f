package org.onenumber.anywhere.control;

import java.io.Serializable;
import java.time.Instant;

/** One long distance or international call a user placed through an Office Anywhere portal, as the invoice lists it. */
public record TollCall(String callId, Instant endedAt, long userId, String user, String extension, String portal,
                       String destination, String rateClass, long seconds) implements Serializable {

    /** Minutes as invoices count them: every started minute. */
    public long billedMinutes() {
        return (seconds + 59) / 60;
    }
}
