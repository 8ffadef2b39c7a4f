package org.onenumber.switchsim;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onenumber.switchadapter.wire.PortalState;
import org.onenumber.switchadapter.wire.RateClass;
import org.onenumber.switchadapter.wire.SubscriberState;

/**
 * Who may call out through an Office Anywhere portal, and how such a call is rated. A portal is set up for
 * the whole company or for one site: a COMPANY portal admits the subscribers of its account, a SITE portal
 * only those of its site. Rating follows the North American plan the reference's invoices use: a +1 number
 * in the portal number's area code is local, in another area code long distance, and any other country
 * international; the last two are toll calls and appear on the invoice.
 */
final class PortalRules {

    /** E.164: a plus, then up to fifteen digits, the first not zero. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    /** A North American number: +1, a three-digit area code, seven digits. */
    private static final Pattern NANP = Pattern.compile("\\+1\\d{10}");

    private PortalRules() {
    }

    /** Why the subscriber may not call through the portal, or empty if they may. */
    static Optional<String> refusal(String portalKey, PortalState portal, String subscriber, SubscriberState state) {
        return switch (portal.scope()) {
            case COMPANY -> portal.account() != null && Objects.equals(portal.account(), state.account())
                    ? Optional.empty()
                    : Optional.of("subscriber " + subscriber + " (account " + state.account()
                            + ") is outside portal " + portalKey + ", which serves account " + portal.account());
            case SITE -> Objects.equals(portal.site(), state.site())
                    ? Optional.empty()
                    : Optional.of("subscriber " + subscriber + " (site " + state.site() + ") is outside portal "
                            + portalKey + ", which serves site " + portal.site() + " only");
        };
    }

    /** Whether the switch can dial {@code destination} at all; what is not E.164 is a bad request. */
    static boolean isDialable(String destination) {
        return E164.matcher(destination).matches()
                && (!destination.startsWith("+1") || NANP.matcher(destination).matches());
    }

    /** How a call from the portal numbered {@code portalNumber} to {@code destination} is rated. */
    static RateClass rate(String portalNumber, String destination) {
        if (!destination.startsWith("+1")) {
            return RateClass.INTERNATIONAL;
        }
        return areaCode(destination).equals(areaCode(portalNumber)) ? RateClass.LOCAL : RateClass.LONG_DISTANCE;
    }

    /** The three digits after +1, or "" when the number is not North American. */
    private static String areaCode(String number) {
        return number.startsWith("+1") && number.length() >= 5 ? number.substring(2, 5) : "";
    }
}
