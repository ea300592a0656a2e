package org.datadeed.portal.web;

import jakarta.servlet.http.HttpServletRequest;

import org.datadeed.portal.api.ServiceProblem;
import org.datadeed.portal.security.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/** What every page knows: who is signed in; and how a page explains a service that refused or did not answer. */
@ControllerAdvice
class PortalAdvice {

    private static final Logger log = LoggerFactory.getLogger(PortalAdvice.class);

    @ModelAttribute("viewer")
    PortalUser viewer() {
        return Viewer.current();
    }

    /** The page's own path, for the language switch to come back to. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ExceptionHandler(ServiceProblem.class)
    ModelAndView serviceProblem(ServiceProblem problem, HttpServletRequest request) {
        HttpStatus status = switch (problem.status()) {
            case 401, 403 -> HttpStatus.FORBIDDEN;
            case 404 -> HttpStatus.NOT_FOUND;
            case 400, 422 -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.BAD_GATEWAY;
        };
        if (status == HttpStatus.BAD_GATEWAY) {
            log.warn("A service call failed: {}", problem.getMessage(), problem);
        }
        ModelAndView page = new ModelAndView("problem", status);
        page.addObject("problem", problem);
        page.addObject("viewer", Viewer.current());
        page.addObject("currentPath", currentPath(request));
        return page;
    }

    /** The signed-in person, from the security context. */
    static final class Viewer {

        private Viewer() {
        }

        static PortalUser current() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof OidcUser person) {
                return PortalUser.fromClaims(person.getClaims(), person.getSubject());
            }
            return null;
        }
    }
}
