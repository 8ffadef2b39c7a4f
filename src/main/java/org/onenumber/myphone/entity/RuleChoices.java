package org.onenumber.myphone.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.onenumber.platform.entity.PlainText;

/**
 * One rule as the user typed it: its name, the callers it is for (numbers in any usual format; none: any caller), the
 * days (none: every day), a time window "HH:mm" to "HH:mm" (both blank: all day) and where the calls go (a NUMBER
 * target names the number).
 */
public record RuleChoices(
        @NotBlank(message = "Give the rule a name.") @Size(max = 60, message = "A rule's name has at most 60 characters.")
        @PlainText String name,
        @Size(max = 20, message = "A rule names at most 20 callers.") List<String> callers,
        Set<DayOfWeek> days,
        @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "Give the time as HH:mm, such as 09:00.") String from,
        @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "Give the time as HH:mm, such as 17:30.") String until,
        @NotNull(message = "Choose where the calls go.") RuleTarget target,
        String number) {

    public RuleChoices {
        callers = callers == null ? List.of() : callers.stream().filter(c -> c != null && !c.isBlank()).toList();
        days = days == null ? Set.of() : Set.copyOf(days);
        from = from == null || from.isBlank() ? null : from.strip();
        until = until == null || until.isBlank() ? null : until.strip();
        number = number == null || number.isBlank() ? null : number.strip();
    }
}
