package org.onenumber.web.home;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Chart.js configurations for p:chart, which takes the chart as JSON. Written by hand because they are a few fixed
 * shapes of labels and numbers; a missing value is null, which Chart.js leaves as a gap instead of drawing a line
 * through it. Animation is off: the figures are read, not watched.
 */
final class ChartJson {

    /** One line or set of bars: its legend label, colour and values (null: no value that day). */
    record Series(String label, String colour, List<? extends Number> values) {
    }

    private ChartJson() {
    }

    static String line(List<String> labels, List<Series> series) {
        return chart("line", labels, series, "\"elements\":{\"point\":{\"radius\":3}},");
    }

    static String bar(List<String> labels, Series series) {
        return chart("bar", labels, List.of(series), "");
    }

    private static String chart(String type, List<String> labels, List<Series> series, String moreOptions) {
        return "{\"type\":" + string(type)
                + ",\"data\":{\"labels\":" + labels.stream().map(ChartJson::string).collect(Collectors.joining(",", "[", "]"))
                + ",\"datasets\":" + series.stream().map(ChartJson::dataset).collect(Collectors.joining(",", "[", "]")) + "}"
                + ",\"options\":{\"animation\":false,\"maintainAspectRatio\":false," + moreOptions
                + "\"scales\":{\"y\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}},"
                + "\"plugins\":{\"legend\":{\"display\":" + (series.size() > 1) + ",\"position\":\"bottom\"}}}}";
    }

    private static String dataset(Series s) {
        return "{\"label\":" + string(s.label()) + ",\"borderColor\":" + string(s.colour())
                + ",\"backgroundColor\":" + string(s.colour()) + ",\"spanGaps\":false,\"data\":"
                + s.values().stream().map(v -> v == null ? "null" : v.toString()).collect(Collectors.joining(",", "[", "]")) + "}";
    }

    static String string(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                // also keeps the JSON harmless inside the page's script element
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
