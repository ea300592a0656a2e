package org.datadeed.portal.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Signs a person in with the roles and organisation of their <em>access token</em>: DataDeed puts those claims in
 * access tokens only, and the services decide on them, so the pages show exactly what the services will allow. The
 * token's signature and issuer are checked against the provider's keys before any claim is believed.
 */
@Component
public class AccessTokenUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService oidc = new OidcUserService();
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = oidc.loadUser(request);
        Jwt accessToken;
        try {
            accessToken = decoder(request.getClientRegistration()).decode(request.getAccessToken().getTokenValue());
        } catch (JwtException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token", "The access token is not valid", null), e);
        }
        PortalUser user = PortalUser.fromClaims(accessToken.getClaims(), person.getSubject());
        Map<String, Object> claims = new java.util.HashMap<>(person.getUserInfo() == null ? Map.of() : person.getUserInfo().getClaims());
        claims.put("sub", person.getSubject());
        claims.putAll(user.claims());
        return new DefaultOidcUser(user.authorities(), person.getIdToken(), new OidcUserInfo(claims), "sub");
    }

    private JwtDecoder decoder(ClientRegistration registration) {
        return decoders.computeIfAbsent(registration.getRegistrationId(), id -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri()).build();
            String issuer = registration.getProviderDetails().getIssuerUri();
            if (issuer != null) {
                decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
            }
            return decoder;
        });
    }
}
