package org.datadeed.registry.registration.api;

/** The rule a refusal, rejection, cancellation or revocation rests on. */
public enum RefusalGrounds {
    CORE_DATA, UNAUTHORISED_SOURCE, OWNERSHIP_DISPUTE, INCOMPLETE, INCONSISTENT, FAILED_VERIFICATION, OBJECTION_UPHELD, FRAUD, DATA_NO_LONGER_EXISTS, HOLDER_DISSOLVED, CORRECTION_NOT_SUBMITTED, OTHER
}
