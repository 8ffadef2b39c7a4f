package org.onenumber.reconcile.entity;

/** REPORT only finds drift; REPAIR also queues what converges the switch on the database. */
public enum RunMode { REPORT, REPAIR }
