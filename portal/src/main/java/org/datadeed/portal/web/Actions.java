package org.datadeed.portal.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.datadeed.portal.api.ServiceProblem;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form's change, done once: the service either takes it (the page says so) or refuses it (the page says why, and
 * nothing changed). The form's idempotency key makes a double click or a resent form harmless.
 */
final class Actions {

    static final String NOTICE = "notice";
    static final String PROBLEM = "problem";
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,100}");

    private Actions() {
    }

    /** A fresh key for a form about to be shown. */
    static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** The form's key if it sent a well-formed one, else a fresh one (the change is then not protected from a resend). */
    static String keyOf(String submitted) {
        return submitted != null && IDEMPOTENCY_KEY.matcher(submitted).matches() ? submitted : newKey();
    }

    /**
     * Runs the change; on success flashes the message with the given key, on refusal flashes the service's problem.
     *
     * @return whether the service took the change
     */
    static boolean run(RedirectAttributes flash, String successMessage, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute(NOTICE, successMessage);
            return true;
        } catch (ServiceProblem problem) {
            flash.addFlashAttribute(PROBLEM, problem);
            return false;
        }
    }
}
