package org.datadeed.devsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Obtains real tokens from an OAuth2 authorization server over HTTP, the way clients do: client credentials for API
 * clients, and for people the authorization code flow with PKCE through the server's login form.
 */
public final class OAuthTokens {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI issuer;
    private final JsonMapper json = JsonMapper.builder().build();

    public OAuthTokens(String issuer) {
        this.issuer = URI.create(issuer.endsWith("/") ? issuer : issuer + "/");
    }

    /** An access token for an API client (client credentials grant, client_secret_basic). */
    public String clientCredentials(String clientId, String clientSecret) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(issuer.resolve("oauth2/token"))
                .header("Authorization", basic(clientId, clientSecret))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "client_credentials")))
                .build();
        return accessToken(send(http, request));
    }

    /**
     * An access token for a person: authorization code + PKCE (S256), signing in through the login form.
     *
     * @param clientSecret null for a public client
     */
    public String authorizationCode(String clientId, String clientSecret, String redirectUri, String username, String password) {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String verifier = randomUrlSafe(32);
        String state = randomUrlSafe(16);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri);
        query.put("scope", "openid profile");
        query.put("state", state);
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        URI authorize = issuer.resolve("oauth2/authorize?" + encode(query));

        HttpResponse<String> response = send(http, HttpRequest.newBuilder(authorize).GET().build());
        URI loginPage = location(authorize, response);
        HttpResponse<String> login = send(http, HttpRequest.newBuilder(loginPage).GET().build());
        Matcher csrf = CSRF.matcher(login.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page: " + login.statusCode());
        }
        String csrfToken = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        HttpResponse<String> signedIn = send(http, HttpRequest.newBuilder(loginPage)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("username", username, "password", password, "_csrf", csrfToken)))
                .build());
        URI next = location(loginPage, signedIn);
        if (next.getPath().endsWith("/login")) {
            throw new IllegalStateException("Sign-in refused for " + username);
        }
        URI callback = next;
        for (int hops = 0; hops < 5 && !callback.toString().startsWith(redirectUri); hops++) {
            callback = location(callback, send(http, HttpRequest.newBuilder(callback).GET().build()));
        }
        Map<String, String> params = parseQuery(callback.getRawQuery());
        if (!state.equals(params.get("state")) || params.get("code") == null) {
            throw new IllegalStateException("Authorization failed: " + callback);
        }
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", params.get("code"));
        exchange.put("redirect_uri", redirectUri);
        exchange.put("code_verifier", verifier);
        HttpRequest.Builder token = HttpRequest.newBuilder(issuer.resolve("oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (clientSecret == null) {
            exchange.put("client_id", clientId);
        } else {
            token.header("Authorization", basic(clientId, clientSecret));
        }
        return accessToken(send(http, token.POST(form(exchange)).build()));
    }

    private String accessToken(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request refused: " + response.statusCode() + " " + response.body());
        }
        JsonNode body = json.readTree(response.body());
        return body.get("access_token").asString();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI location(URI base, HttpResponse<?> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Expected a redirect from " + base + ", got " + response.statusCode()));
        return base.resolve(location);
    }

    private static String basic(String id, String secret) {
        String pair = URLEncoder.encode(id, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(encode(fields));
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query == null) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
