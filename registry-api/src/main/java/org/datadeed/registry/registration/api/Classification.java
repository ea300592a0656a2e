package org.datadeed.registry.registration.api;

/** GB/T 43697 data classification; when in doubt, grade higher. */
public enum Classification {
    CORE, IMPORTANT, GENERAL
}
