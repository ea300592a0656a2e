package org.datadeed.portal.api;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.datadeed.client.audit.api.AuditApi;
import org.datadeed.client.marketplace.api.CatalogueApi;
import org.datadeed.client.marketplace.api.LicencesApi;
import org.datadeed.client.marketplace.api.PricingApi;
import org.datadeed.client.marketplace.api.QuotesApi;
import org.datadeed.client.marketplace.api.UsageApi;
import org.datadeed.client.registry.api.EvidenceApi;
import org.datadeed.client.registry.api.FilingsApi;
import org.datadeed.client.registry.api.ObjectionsApi;
import org.datadeed.client.registry.api.PublicApi;
import org.datadeed.client.registry.api.RegistrationsApi;
import org.datadeed.client.registry.api.ReviewApi;
import org.datadeed.client.registry.api.StatisticsApi;
import org.datadeed.portal.config.PortalProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The generated clients of the registry, the ledger and the marketplace, one of each for the whole portal. Every call carries the
 * access token of the person whose request is being served; the public endpoints are called without one.
 */
@Configuration
class ServiceClientsConfiguration {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    @Bean
    PersonalToken personalToken(OAuth2AuthorizedClientManager authorizedClients, java.time.Clock clock) {
        return new PersonalToken(authorizedClients, clock);
    }

    @Bean
    org.datadeed.client.registry.ApiClient registryClient(PortalProperties properties, PersonalToken token) {
        org.datadeed.client.registry.ApiClient client = new org.datadeed.client.registry.ApiClient(httpClient(),
                org.datadeed.client.registry.ApiClient.createDefaultObjectMapper(), properties.registryUrl());
        client.setReadTimeout(properties.requestTimeout());
        client.setRequestInterceptor(token);
        return client;
    }

    @Bean
    RegistrationsApi registrationsApi(org.datadeed.client.registry.ApiClient registryClient) {
        return new RegistrationsApi(registryClient);
    }

    @Bean
    ReviewApi reviewApi(org.datadeed.client.registry.ApiClient registryClient) {
        return new ReviewApi(registryClient);
    }

    @Bean
    ObjectionsApi objectionsApi(org.datadeed.client.registry.ApiClient registryClient) {
        return new ObjectionsApi(registryClient);
    }

    @Bean
    FilingsApi filingsApi(org.datadeed.client.registry.ApiClient registryClient) {
        return new FilingsApi(registryClient);
    }

    @Bean
    StatisticsApi statisticsApi(org.datadeed.client.registry.ApiClient registryClient) {
        return new StatisticsApi(registryClient);
    }

    @Bean
    EvidenceApi evidenceApi(org.datadeed.client.registry.ApiClient registryClient) {
        return new EvidenceApi(registryClient);
    }

    /** The notice board and verification: public, so no one's token goes with them. */
    @Bean
    PublicApi publicApi(PortalProperties properties) {
        org.datadeed.client.registry.ApiClient anonymous = new org.datadeed.client.registry.ApiClient(httpClient(),
                org.datadeed.client.registry.ApiClient.createDefaultObjectMapper(), properties.registryUrl());
        anonymous.setReadTimeout(properties.requestTimeout());
        return new PublicApi(anonymous);
    }

    @Bean
    AuditApi auditApi(PortalProperties properties, PersonalToken token) {
        org.datadeed.client.audit.ApiClient client = new org.datadeed.client.audit.ApiClient(httpClient(),
                org.datadeed.client.audit.ApiClient.createDefaultObjectMapper(), properties.ledgerUrl());
        client.setReadTimeout(properties.requestTimeout());
        client.setRequestInterceptor(token);
        return new AuditApi(client);
    }

    @Bean
    org.datadeed.client.marketplace.ApiClient marketplaceClient(PortalProperties properties, PersonalToken token) {
        org.datadeed.client.marketplace.ApiClient client = new org.datadeed.client.marketplace.ApiClient(httpClient(),
                org.datadeed.client.marketplace.ApiClient.createDefaultObjectMapper(), properties.marketplaceUrl());
        client.setReadTimeout(properties.requestTimeout());
        client.setRequestInterceptor(token);
        return client;
    }

    @Bean
    CatalogueApi catalogueApi(org.datadeed.client.marketplace.ApiClient marketplaceClient) {
        return new CatalogueApi(marketplaceClient);
    }

    @Bean
    QuotesApi quotesApi(org.datadeed.client.marketplace.ApiClient marketplaceClient) {
        return new QuotesApi(marketplaceClient);
    }

    @Bean
    LicencesApi licencesApi(org.datadeed.client.marketplace.ApiClient marketplaceClient) {
        return new LicencesApi(marketplaceClient);
    }

    @Bean
    UsageApi usageApi(org.datadeed.client.marketplace.ApiClient marketplaceClient) {
        return new UsageApi(marketplaceClient);
    }

    @Bean
    PricingApi pricingApi(org.datadeed.client.marketplace.ApiClient marketplaceClient) {
        return new PricingApi(marketplaceClient);
    }

    private static HttpClient.Builder httpClient() {
        return HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT);
    }

    /**
     * Adds the signed-in person's access token to a service request, refreshing it first when it has expired. Runs
     * on the thread that serves the person's page, so it finds their session there.
     */
    static final class PersonalToken implements Consumer<HttpRequest.Builder> {

        private final OAuth2AuthorizedClientManager authorizedClients;
        private final java.time.Clock clock;

        PersonalToken(OAuth2AuthorizedClientManager authorizedClients, java.time.Clock clock) {
            this.authorizedClients = authorizedClients;
            this.clock = clock;
        }

        @Override
        public void accept(HttpRequest.Builder request) {
            Authentication person = SecurityContextHolder.getContext().getAuthentication();
            if (!(person instanceof OAuth2AuthenticationToken signedIn) || person instanceof AnonymousAuthenticationToken) {
                return;
            }
            ServletRequestAttributes page = (ServletRequestAttributes) RequestContextHolder.getRequestAttributes();
            OAuth2AuthorizeRequest.Builder authorize = OAuth2AuthorizeRequest
                    .withClientRegistrationId(signedIn.getAuthorizedClientRegistrationId())
                    .principal(signedIn);
            if (page != null) {
                authorize.attribute(HttpServletRequest.class.getName(), page.getRequest());
                if (page.getResponse() != null) {
                    authorize.attribute(HttpServletResponse.class.getName(), page.getResponse());
                }
            }
            OAuth2AuthorizedClient client = authorizedClients.authorize(authorize.build());
            if (client != null && client.getAccessToken().getExpiresAt() != null
                    && client.getAccessToken().getExpiresAt().isBefore(clock.instant())) {
                // expired, and no refresh token to renew it: the person signs in again (SignInAgainAdvice)
                throw new org.springframework.security.oauth2.client.ClientAuthorizationException(
                        new org.springframework.security.oauth2.core.OAuth2Error("invalid_token", "The access token has expired", null),
                        signedIn.getAuthorizedClientRegistrationId());
            }
            if (client != null) {
                request.header("Authorization", "Bearer " + client.getAccessToken().getTokenValue());
            }
        }
    }
}
