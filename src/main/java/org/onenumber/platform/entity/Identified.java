package org.onenumber.platform.entity;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;

/**
 * Sequence ids (one shared sequence, allocated 50 at a time) work alike on H2 2.x and PostgreSQL,
 * where EclipseLink's H2 identity support does not. The version guards concurrent edits and is the
 * "expected version" clients send back. Entities are Serializable: a page may keep one in the session, which
 * travels between clustered instances (README, "Several instances").
 */
@MappedSuperclass
public abstract class Identified implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
