package org.onenumber.anywhere.entity;

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
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.platform.entity.Identified;

/**
 * A landline or wireless number of an Office Anywhere user: while Active, calls to the user's desk phone ring it
 * too, and the user may call out through a portal from it.
 */
@Entity
@Table(name = "oa_number")
public class AlternateNumber extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "oa_user_id")
    private OfficeAnywhereUser owner;

    @Column(nullable = false)
    private String e164;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NumberKind kind;

    private String description;

    @Column(nullable = false)
    private boolean active;

    protected AlternateNumber() {
    }

    AlternateNumber(OfficeAnywhereUser owner, String e164, NumberKind kind, String description, boolean active) {
        this.owner = owner;
        this.e164 = e164;
        this.kind = kind;
        this.description = description;
        this.active = active;
    }

    public void change(String e164, NumberKind kind, String description, boolean active) {
        this.e164 = e164;
        this.kind = kind;
        this.description = description;
        this.active = active;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("number", e164);
        map.put("kind", kind.name());
        map.put("description", description);
        map.put("active", active);
        return map;
    }

    public OfficeAnywhereUser getOwner() {
        return owner;
    }

    public String getE164() {
        return e164;
    }

    public String getDisplay() {
        return NumberFormat.display(e164);
    }

    public NumberKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }
}
