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
import org.datadeed.devauth.clients.ApiClientSettings;
import org.datadeed.devauth.clients.ClientDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcOperations;
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
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Spring Authorization Server configured from {@link DevAuthProperties}, plus the API clients organisations create
 * (see {@code clients}). Access tokens carry the DataDeed claims: {@code org} (organisation), {@code roles} and
 * {@code name}.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfig {

    /** The sign-in page and the authorization server's endpoints; the identity API has its own chain before this one. */
    @Bean
    @Order(2)
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

    /**
     * The clients configured in properties (in memory, as always) and the API clients organisations create through the
     * identity API (in PostgreSQL, secrets hashed with the same encoder).
     */
    @Bean
    ClientDirectory clients(DevAuthProperties properties, PasswordEncoder encoder, JdbcOperations jdbc) {
        List<RegisteredClient> clients = new ArrayList<>();
        for (DevAuthProperties.Client client : properties.clients()) {
            String name = client.name() == null ? client.clientId() : client.name();
            RegisteredClient.Builder builder = ApiClientSettings.base(
                    UUID.nameUUIDFromBytes(client.clientId().getBytes()).toString(), client.clientId(), name);
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
                ApiClientSettings.identity(settings, client.organisation(), List.copyOf(client.roles()), name);
            }
            builder.clientSettings(settings.build());
            clients.add(builder.build());
        }
        return ClientDirectory.of(clients, jdbc);
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
            context.getClaims().audience(List.of(ApiClientSettings.API_AUDIENCE, context.getRegisteredClient().getClientId()));
            Object principal = context.getPrincipal().getPrincipal();
            if (principal instanceof DevUser user) {
                context.getClaims().claim("org", user.organisation());
                context.getClaims().claim("org_name", properties.organisationName(user.organisation()));
                context.getClaims().claim("name", user.displayName());
                context.getClaims().claim("roles", user.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority).map(a -> a.replaceFirst("^ROLE_", "")).toList());
            } else if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                ClientSettings settings = context.getRegisteredClient().getClientSettings();
                String organisation = settings.getSetting(ApiClientSettings.ORGANISATION);
                if (organisation != null) {
                    context.getClaims().claim("org", organisation);
                    context.getClaims().claim("org_name", properties.organisationName(organisation));
                    context.getClaims().claim("roles", ApiClientSettings.roles(settings));
                    context.getClaims().claim("name", (String) settings.getSetting(ApiClientSettings.NAME));
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
