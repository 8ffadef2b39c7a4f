package org.onenumber.switchadapter.wire;

/**
 * How the switch rates a call placed through an Office Anywhere portal, which decides whether it shows on the
 * invoice as a toll call: a North American (+1) number in the portal number's area code is LOCAL, one in
 * another area code LONG_DISTANCE, anything else INTERNATIONAL.
 */
public enum RateClass {
    LOCAL,
    LONG_DISTANCE,
    INTERNATIONAL;

    /** Whether calls of this class carry toll charges (the TOLL flag and the usage record's toll). */
    public boolean isToll() {
        return this != LOCAL;
    }
}
