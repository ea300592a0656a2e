package org.datadeed.portal.api;

import java.net.http.HttpClient;
import java.time.Duration;

import org.datadeed.client.identity.api.ApiClientsApi;
import org.datadeed.portal.config.PortalProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The generated client of the identity API (an organisation's API clients), served by the authorization server. Every
 * call carries the signed-in person's access token, like the other services' clients.
 */
@Configuration
class IdentityClientConfiguration {

    @Bean
    ApiClientsApi apiClientsApi(@Value("${datadeed.portal.identity-url}") String identityUrl, PortalProperties properties,
                                ServiceClientsConfiguration.PersonalToken token) {
        org.datadeed.client.identity.ApiClient client = new org.datadeed.client.identity.ApiClient(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)),
                org.datadeed.client.identity.ApiClient.createDefaultObjectMapper(), identityUrl);
        client.setReadTimeout(properties.requestTimeout());
        client.setRequestInterceptor(token);
        return new ApiClientsApi(client);
    }
}
