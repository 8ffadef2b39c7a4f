package org.onenumber.myphone.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.platform.entity.Identified;

/** One rule of a rules profile: calls from these callers, on these days, in this window, go to this device or number. */
@Entity
@Table(name = "ring_rule")
public class RoutingRule extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private RulesProfile profile;

    @Column(nullable = false)
    private String name;

    /** E.164 numbers separated by spaces; null: any caller. */
    private String callers;

    /** Day names separated by spaces; null: every day. */
    private String days;

    @Column(name = "from_time")
    private String fromTime;

    @Column(name = "until_time")
    private String untilTime;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RuleTarget target;

    private String e164;

    protected RoutingRule() {
    }

    RoutingRule(RulesProfile profile, RuleChoices choices, String callers, String number) {
        this.profile = profile;
        this.name = choices.name().strip();
        this.callers = callers == null || callers.isEmpty() ? null : callers;
        this.days = choices.days().isEmpty() ? null : choices.days().stream().sorted().map(Enum::name)
                .collect(Collectors.joining(" "));
        this.fromTime = choices.from();
        this.untilTime = choices.until();
        this.target = choices.target();
        this.e164 = number;
    }

    public List<String> callerList() {
        return callers == null ? List.of() : List.of(callers.split(" "));
    }

    public Set<DayOfWeek> daySet() {
        if (days == null) {
            return Set.of();
        }
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(days.split(" ")).map(DayOfWeek::valueOf).forEach(set::add);
        return set;
    }

    public LocalTime from() {
        return fromTime == null ? null : LocalTime.parse(fromTime);
    }

    public LocalTime until() {
        return untilTime == null ? null : LocalTime.parse(untilTime);
    }

    /** As the pages and the audit trail say it: "From +1 212 555 0100, Mon-Fri 09:00-17:00: Cell phone". */
    public String describe() {
        StringBuilder text = new StringBuilder(name).append(": ");
        text.append(callers == null ? "any caller" : "from " + callerList().stream().map(NumberFormat::display)
                .collect(Collectors.joining(", ")));
        text.append(days == null ? ", every day" : ", " + daySet().stream().sorted()
                .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).collect(Collectors.joining(" ")));
        text.append(fromTime == null ? ", all day" : ", " + fromTime + "-" + untilTime);
        text.append(" → ").append(target.title());
        if (e164 != null) {
            text.append(' ').append(NumberFormat.display(e164));
        }
        return text.toString();
    }

    public RulesProfile getProfile() {
        return profile;
    }

    public String getName() {
        return name;
    }

    public RuleTarget getTarget() {
        return target;
    }

    public String getE164() {
        return e164;
    }

    public String getDescription() {
        return describe();
    }
}
