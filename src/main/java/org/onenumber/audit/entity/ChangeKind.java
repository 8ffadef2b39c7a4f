package org.onenumber.audit.entity;

/** What happened to a record: an insert, an update or a delete of its row. */
public enum ChangeKind {
    CREATED, MODIFIED, DELETED
}
