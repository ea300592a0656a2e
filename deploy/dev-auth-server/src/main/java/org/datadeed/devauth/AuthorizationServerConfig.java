package org.datadeed.devauth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Spring Authorization Server configured from {@link DevAuthProperties}. Access and ID tokens carry the DataDeed
 * claims: {@code org} (organisation), {@code roles} and {@code name}.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfig {

    /** The audience of every access token this server issues; the services accept no other. */
    public static final String API_AUDIENCE = "datadeed-api";
    static final String ORGANISATION = "datadeed.organisation";
    static final String ROLES = "datadeed.roles";
    static final String NAME = "datadeed.name";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) {
        http
                .oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/login", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(DevAuthProperties properties, PasswordEncoder encoder) {
        Map<String, DevUser> users = new HashMap<>();
        for (DevAuthProperties.User user : properties.users()) {
            users.put(user.username(), new DevUser(User.withUsername(user.username())
                    .password(encoder.encode(user.password()))
                    .roles(user.roles().toArray(String[]::new))
                    .build(), user.organisation(), user.name()));
        }
        return username -> {
            DevUser user = users.get(username);
            if (user == null) {
                throw new UsernameNotFoundException(username);
            }
            return new DevUser(user, user.organisation(), user.displayName());
        };
    }

    @Bean
    RegisteredClientRepository clients(DevAuthProperties properties, PasswordEncoder encoder) {
        List<RegisteredClient> clients = new ArrayList<>();
        for (DevAuthProperties.Client client : properties.clients()) {
            RegisteredClient.Builder builder = RegisteredClient.withId(UUID.nameUUIDFromBytes(client.clientId().getBytes()).toString())
                    .clientId(client.clientId())
                    .clientName(client.name() == null ? client.clientId() : client.name())
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(30)).build());
            if (client.secret() == null || client.secret().isBlank()) {
                builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
            } else {
                builder.clientSecret(encoder.encode(client.secret()))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
            }
            client.grantTypes().forEach(grant -> builder.authorizationGrantType(new AuthorizationGrantType(grant)));
            client.redirectUris().forEach(builder::redirectUri);
            client.postLogoutRedirectUris().forEach(builder::postLogoutRedirectUri);
            ClientSettings.Builder settings = ClientSettings.builder()
                    .requireProofKey(client.grantTypes().contains("authorization_code"))
                    .requireAuthorizationConsent(false);
            if (client.organisation() != null) {
                settings.setting(ORGANISATION, client.organisation());
                settings.setting(ROLES, List.copyOf(client.roles()));
                settings.setting(NAME, client.name() == null ? client.clientId() : client.name());
            }
            builder.clientSettings(settings.build());
            clients.add(builder.build());
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    /**
     * Puts organisation, roles and name into access tokens only (never ID tokens), from the user or from the API
     * client, and names the DataDeed APIs as their audience, which the services require.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> dataDeedClaims(DevAuthProperties properties) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            context.getClaims().audience(List.of(API_AUDIENCE, context.getRegisteredClient().getClientId()));
            Object principal = context.getPrincipal().getPrincipal();
            if (principal instanceof DevUser user) {
                context.getClaims().claim("org", user.organisation());
                context.getClaims().claim("org_name", properties.organisationName(user.organisation()));
                context.getClaims().claim("name", user.displayName());
                context.getClaims().claim("roles", user.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority).map(a -> a.replaceFirst("^ROLE_", "")).toList());
            } else if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                ClientSettings settings = context.getRegisteredClient().getClientSettings();
                if (settings.getSetting(ORGANISATION) != null) {
                    context.getClaims().claim("org", (String) settings.getSetting(ORGANISATION));
                    context.getClaims().claim("org_name", properties.organisationName(settings.getSetting(ORGANISATION)));
                    context.getClaims().claim("roles", (List<?>) settings.getSetting(ROLES));
                    context.getClaims().claim("name", (String) settings.getSetting(NAME));
                }
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(DevAuthProperties properties) throws IOException, ParseException {
        return new ImmutableJWKSet<>(new JWKSet(signingKey(properties.keyFile())));
    }

    private static RSAKey signingKey(Path keyFile) throws IOException, ParseException {
        if (keyFile != null && Files.exists(keyFile)) {
            return RSAKey.parse(Files.readString(keyFile));
        }
        KeyPair pair = generateRsa();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        if (keyFile != null) {
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            try {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(keyFile);
            }
            Files.writeString(keyFile, key.toJSONString());
        }
        return key;
    }

    private static KeyPair generateRsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
