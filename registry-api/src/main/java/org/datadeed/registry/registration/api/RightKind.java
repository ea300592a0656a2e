package org.datadeed.registry.registration.api;

/** The three separable rights; holding one never implies another. */
public enum RightKind {
    HOLDING, USE, OPERATION
}
