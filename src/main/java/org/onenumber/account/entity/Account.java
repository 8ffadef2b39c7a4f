package org.onenumber.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onenumber.platform.entity.Tracked;

@Entity
public class Account extends Tracked {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "carrier_id")
    private Carrier carrier;

    @Column(nullable = false)
    private String name;

    @Column(name = "external_reference")
    private String externalReference;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Web sign-in of the account's people asks for an access code by email after the password. */
    @Column(name = "access_code_required", nullable = false)
    private boolean accessCodeRequired;

    protected Account() {
    }

    public Account(Carrier carrier, AccountDetails details) {
        this.carrier = carrier;
        this.createdAt = Instant.now();
        apply(details);
    }

    public final void apply(AccountDetails details) {
        this.name = details.name().trim();
        // an empty reference clears it, as an empty optional element clears its value everywhere in the contract
        String reference = details.externalReference();
        this.externalReference = reference == null || reference.isBlank() ? null : reference.trim();
    }

    public AccountDetails details() {
        return new AccountDetails(name, externalReference);
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", name);
        map.put("externalReference", externalReference);
        return map;
    }

    @Override
    public long carrierId() {
        return carrier.getId();
    }

    @Override
    public Long accountId() {
        return getId();
    }

    /** The account's sign-in settings as the audit trail records them. */
    public Map<String, Object> signInSnapshot() {
        return Map.of("accessCodeRequired", accessCodeRequired);
    }

    public boolean isAccessCodeRequired() {
        return accessCodeRequired;
    }

    public void requireAccessCode(boolean required) {
        this.accessCodeRequired = required;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public String getName() {
        return name;
    }

    public String getExternalReference() {
        return externalReference;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String feedKind() {
        return "ACCOUNT";
    }
}
