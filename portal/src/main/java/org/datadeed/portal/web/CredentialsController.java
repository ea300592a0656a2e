package org.datadeed.portal.web;

import java.util.List;

import org.datadeed.client.identity.api.ApiClientsApi;
import org.datadeed.client.identity.model.ApiClientDetails;
import org.datadeed.client.identity.model.ApiClientRequest;
import org.datadeed.client.identity.model.ApiClientWithSecret;
import org.datadeed.client.identity.model.ClientRole;
import org.datadeed.portal.api.Calls;
import org.datadeed.portal.api.ServiceProblem;
import org.datadeed.portal.security.PortalUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organisation's API credentials (enterprises and operators): the list, a new client whose secret is shown once,
 * rotating a secret and revoking a client, each change confirmed first. The identity API decides who sees what (the
 * caller's organisation only); the secret never goes back to the service and is kept nowhere in the portal beyond
 * the one page that shows it.
 */
@Controller
class CredentialsController {

    /** The flash attribute with a secret to show once: the client and its secret. */
    static final String NEW_SECRET = "newSecret";
    private static final String LIST = "redirect:/credentials";

    private final ApiClientsApi clients;
    private final MessageSource messages;
    private final String tokenUrl;

    CredentialsController(ApiClientsApi clients, MessageSource messages,
                          @Value("${datadeed.portal.identity-url}") String identityUrl) {
        this.clients = clients;
        this.messages = messages;
        this.tokenUrl = identityUrl.replaceAll("/+$", "") + "/oauth2/token";
    }

    @GetMapping("/credentials")
    String list(Model model) {
        model.addAttribute("clients", Calls.identity(clients::listApiClients));
        model.addAttribute("key", Actions.newKey());
        model.addAttribute("tokenUrl", tokenUrl);
        model.addAttribute("roleChoices", roleChoices(PortalAdvice.Viewer.current()));
        return "credentials";
    }

    @PostMapping("/credentials")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String description,
                  @RequestParam(required = false) String role, @RequestParam(required = false) String key,
                  RedirectAttributes flash) {
        if (name == null || name.isBlank()) {
            flash.addFlashAttribute(Actions.PROBLEM, ServiceProblem.refusedHere(message("credentials.name.required")));
            flash.addFlashAttribute("description", description);
            return LIST;
        }
        ApiClientRequest request = new ApiClientRequest().name(name.strip())
                .description(description == null || description.isBlank() ? null : description.strip())
                .role(role == null || role.isBlank() ? null : ClientRole.fromValue(role));
        ApiClientWithSecret[] created = new ApiClientWithSecret[1];
        boolean done = Actions.run(flash, message("credentials.created"),
                () -> created[0] = Calls.identity(() -> clients.createApiClient(request, Actions.keyOf(key))));
        if (!done) {
            flash.addFlashAttribute("name", name);
            flash.addFlashAttribute("description", description);
        } else if (created[0].getClientSecret() == null) {
            // the same form was sent again: the client exists, its secret was shown the first time only
            flash.addFlashAttribute(Actions.NOTICE, message("credentials.createdEarlier"));
        } else {
            flash.addFlashAttribute(NEW_SECRET, created[0]);
        }
        return LIST;
    }

    /** The confirmation step before a rotation or a revocation. */
    @GetMapping("/credentials/{clientId}/{action:rotate|revoke}")
    String confirm(@PathVariable String clientId, @PathVariable String action, Model model) {
        ApiClientDetails client = Calls.identity(() -> clients.getApiClient(clientId));
        model.addAttribute("client", client);
        model.addAttribute("action", action);
        return "credentials-confirm";
    }

    @PostMapping("/credentials/{clientId}/rotation")
    String rotate(@PathVariable String clientId, RedirectAttributes flash) {
        ApiClientWithSecret[] rotated = new ApiClientWithSecret[1];
        if (Actions.run(flash, message("credentials.rotated"),
                () -> rotated[0] = Calls.identity(() -> clients.rotateApiClientSecret(clientId)))) {
            flash.addFlashAttribute(NEW_SECRET, rotated[0]);
        }
        return LIST;
    }

    @PostMapping("/credentials/{clientId}/revocation")
    String revoke(@PathVariable String clientId, RedirectAttributes flash) {
        Actions.run(flash, message("credentials.revoked"), () -> Calls.identity(() -> clients.revokeApiClient(clientId)));
        return LIST;
    }

    /** The roles a new client may get, when the viewer must choose (they hold both); empty otherwise. */
    private static List<String> roleChoices(PortalUser viewer) {
        List<String> held = viewer == null ? List.of() : List.of(ClientRole.ENTERPRISE.getValue(), ClientRole.OPERATOR.getValue())
                .stream().filter(viewer::hasRole).toList();
        return held.size() > 1 ? held : List.of();
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
