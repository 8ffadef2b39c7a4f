package org.onenumber.switching.boundary;

import java.io.Serializable;

/** How many changes wait to reach the switch and how many it refused, for a home page's sync health. */
public record OpenCommands(long pending, long failed) implements Serializable {

    public boolean inSync() {
        return pending == 0 && failed == 0;
    }
}
