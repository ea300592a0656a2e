package org.datadeed.portal.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * When the person's access token has expired and cannot be refreshed (the refresh token expired or was revoked, or
 * the session never had one), the portal sends them to sign in again and then back to the page they were on, instead
 * of showing an error. A refreshable token never gets here: {@code OAuth2AuthorizedClientManager} refreshes it before
 * the service call.
 *
 * <p>A page (GET) comes back as it was asked for. A form (POST) is not sent again after signing in, since the person
 * should see the page before deciding again; they come back to the page the form was on.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SignInAgainAdvice {

    private static final Logger log = LoggerFactory.getLogger(SignInAgainAdvice.class);
    private static final String SIGN_IN = "/oauth2/authorization/datadeed";

    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    SignInAgainAdvice(OAuth2AuthorizedClientRepository authorizedClients) {
        this.authorizedClients = authorizedClients;
    }

    @ExceptionHandler(OAuth2AuthorizationException.class)
    String signInAgain(OAuth2AuthorizationException expired, HttpServletRequest request, HttpServletResponse response) {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        log.info("The access token of {} could not be renewed ({}); signing in again", person == null ? null : person.getName(),
                expired.getError().getErrorCode());
        if (person instanceof OAuth2AuthenticationToken signedIn) {
            // whatever is left of the old grant must not be tried again
            authorizedClients.removeAuthorizedClient(signedIn.getAuthorizedClientRegistrationId(), signedIn, request, response);
        }
        if ("GET".equals(request.getMethod())) {
            requestCache.saveRequest(request, response);
            return "redirect:" + SIGN_IN;
        }
        // a form: back to the page it was on, which (now without a token) leads through the sign-in and back
        return "redirect:" + sameSitePath(request.getHeader("Referer"), request);
    }

    /** The path of the referring page when it is one of the portal's own, else the home page. */
    private static String sameSitePath(String referer, HttpServletRequest request) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            boolean ours = request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == uri.getPort();
            String path = uri.getRawPath();
            if (!ours || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
    }
}
