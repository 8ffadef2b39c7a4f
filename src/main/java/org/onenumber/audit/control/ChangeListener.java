package org.onenumber.audit.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.onenumber.audit.entity.ChangeKind;
import org.onenumber.platform.entity.Tracked;

/**
 * The default entity listener of the persistence unit (META-INF/orm.xml): every insert, update and delete of a
 * {@link Tracked} record goes into the change feed, whichever boundary, page, job or timer made it. Rows are
 * written after the provider wrote the record's own row, so the version is the one after the change (for a delete,
 * the last one the record had). Bulk JPQL updates and deletes bypass listeners and so the feed.
 */
public class ChangeListener {

    @PostPersist
    public void created(Object entity) {
        write(entity, ChangeKind.CREATED);
    }

    @PostUpdate
    public void modified(Object entity) {
        write(entity, ChangeKind.MODIFIED);
    }

    @PostRemove
    public void deleted(Object entity) {
        write(entity, ChangeKind.DELETED);
    }

    private static void write(Object entity, ChangeKind kind) {
        if (entity instanceof Tracked) {
            CDI.current().select(ChangeLog.class).get().write((Tracked) entity, kind);
        }
    }
}
