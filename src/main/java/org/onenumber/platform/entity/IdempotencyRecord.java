package org.onenumber.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The stored first result of an idempotent SOAP request, per login and key (a key another login sends is
 * another key, so nobody can replay or block someone else's request). Written in the same
 * transaction as the change it describes, so a key has a result exactly when the change committed.
 */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    public static final Duration RETENTION = Duration.ofHours(48);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idem_ids")
    @SequenceGenerator(name = "idem_ids", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "carrier_id", nullable = false)
    private long carrierId;

    @Column(name = "login_name", nullable = false)
    private String loginName;

    @Column(name = "idempotency_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private String operation;

    @Column(name = "request_hash", nullable = false)
    private String requestHash;

    /** The login's roles and account when it claimed the key (see {@link #sameScope}). */
    @Column(name = "caller_scope")
    private String callerScope;

    @Column(name = "response_xml", nullable = false)
    private String responseXml;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected IdempotencyRecord() {
    }

    /** Claims the key for a request about to run; {@link #complete} stores its response. */
    public IdempotencyRecord(long carrierId, String loginName, String callerScope, String key, String operation,
                             String requestHash) {
        this.carrierId = carrierId;
        this.loginName = loginName;
        this.callerScope = callerScope;
        this.key = key;
        this.operation = operation;
        this.requestHash = requestHash;
        this.responseXml = "";
        this.createdAt = Instant.now();
        this.expiresAt = createdAt.plus(RETENTION);
    }

    public void complete(String responseXml) {
        this.responseXml = responseXml;
    }

    /** Same key, same operation and same body: the request is a retry of this one. */
    public boolean sameRequest(String operation, String requestHash) {
        return this.operation.equals(operation) && this.requestHash.equals(requestHash);
    }

    /** The login may still do what it did when it first used the key (records from before scopes count as the same). */
    public boolean sameScope(String callerScope) {
        return this.callerScope == null || this.callerScope.equals(callerScope);
    }

    public String getResponseXml() {
        return responseXml;
    }
}
