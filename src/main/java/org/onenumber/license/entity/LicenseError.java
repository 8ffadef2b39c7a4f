package org.onenumber.license.entity;

import org.onenumber.platform.control.ErrorCode;

/** The license capability's codes: the pool's quota. Stable: SOAP clients and pages rely on them, so never rename one. */
public enum LicenseError implements ErrorCode {
    /** Sharing would take more mobile client licenses than the account purchased. */
    LICENSE_QUOTA_EXCEEDED,
    /** A purchased quantity below the number of licenses already shared. */
    QUANTITY_BELOW_SHARED
}
