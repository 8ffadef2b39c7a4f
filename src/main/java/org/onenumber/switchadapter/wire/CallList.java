package org.onenumber.switchadapter.wire;

import java.util.List;

/** A subscriber's active calls. */
public record CallList(List<ActiveCall> calls) implements ResponseBody {

    public CallList {
        calls = List.copyOf(calls);
    }
}
