package org.onenumber.reconcile.entity;

/** QUEUED until its job starts; RUNNING while chunks commit; FAILED runs may be restarted from their position. */
public enum RunStatus {
    QUEUED, RUNNING, COMPLETED, FAILED;

    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
