package org.onenumber.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onenumber.platform.entity.Identified;

/**
 * One of a user's own phones outside the system (My Phone's My Number tab, reference 002, 3.2): a mobile or a
 * landline number in E.164 with the user's label. Features use them: the Mobile App rings the mobile number.
 */
@Entity
@Table(name = "user_number")
public class UserNumber extends Identified {

    public static final int MAX_PER_USER = 10;

    public enum Kind {
        MOBILE("Mobile"),
        LANDLINE("Landline");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String e164;

    private String label;

    protected UserNumber() {
    }

    public UserNumber(User user, Kind kind, String e164, String label) {
        this.user = user;
        update(kind, e164, label);
    }

    public final void update(Kind newKind, String newE164, String newLabel) {
        this.kind = newKind;
        this.e164 = newE164;
        this.label = newLabel == null || newLabel.isBlank() ? null : newLabel.strip();
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("kind", kind.name());
        map.put("number", e164);
        map.put("label", label);
        return map;
    }

    public User getUser() {
        return user;
    }

    public Kind getKind() {
        return kind;
    }

    public String getE164() {
        return e164;
    }

    public String getDisplay() {
        return NumberFormat.display(e164);
    }

    public String getLabel() {
        return label;
    }
}
