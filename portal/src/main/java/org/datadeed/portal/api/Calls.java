package org.datadeed.portal.api;

/**
 * Calls through the generated clients, turning their checked exceptions into {@link ServiceProblem}s that a page can
 * explain. The only place that knows the clients' exception types.
 */
public final class Calls {

    @FunctionalInterface
    public interface RegistryCall<T> {
        T call() throws org.datadeed.client.registry.ApiException;
    }

    @FunctionalInterface
    public interface AuditCall<T> {
        T call() throws org.datadeed.client.audit.ApiException;
    }

    @FunctionalInterface
    public interface MarketCall<T> {
        T call() throws org.datadeed.client.marketplace.ApiException;
    }

    @FunctionalInterface
    public interface IdentityCall<T> {
        T call() throws org.datadeed.client.identity.ApiException;
    }

    private Calls() {
    }

    public static <T> T registry(RegistryCall<T> call) {
        try {
            return call.call();
        } catch (org.datadeed.client.registry.ApiException e) {
            throw ServiceProblem.of(e.getCode(), e.getResponseBody(), e);
        }
    }

    public static <T> T audit(AuditCall<T> call) {
        try {
            return call.call();
        } catch (org.datadeed.client.audit.ApiException e) {
            throw ServiceProblem.of(e.getCode(), e.getResponseBody(), e);
        }
    }

    public static <T> T market(MarketCall<T> call) {
        try {
            return call.call();
        } catch (org.datadeed.client.marketplace.ApiException e) {
            throw ServiceProblem.of(e.getCode(), e.getResponseBody(), e);
        }
    }

    public static <T> T identity(IdentityCall<T> call) {
        try {
            return call.call();
        } catch (org.datadeed.client.identity.ApiException e) {
            throw ServiceProblem.of(e.getCode(), e.getResponseBody(), e);
        }
    }
}
