package org.datadeed.portal.web;

import java.util.UUID;

import org.datadeed.client.registry.api.RegistrationsApi;
import org.datadeed.client.registry.model.Registration;
import org.datadeed.portal.api.Calls;
import org.datadeed.portal.api.ServiceProblem;
import org.datadeed.portal.certificate.CertificatePdf;
import org.datadeed.portal.certificate.CertificateSheet;
import org.datadeed.portal.certificate.QrCode;
import org.datadeed.portal.certificate.VerificationLinks;
import org.datadeed.portal.format.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A registration's certificate: a printable page and a PDF, both with a QR code that opens public verification. */
@Controller
class CertificateController {

    private final RegistrationsApi registrations;
    private final MessageSource messages;
    private final Formats fmt;
    private final VerificationLinks links;

    CertificateController(RegistrationsApi registrations, MessageSource messages, Formats fmt, VerificationLinks links) {
        this.registrations = registrations;
        this.messages = messages;
        this.fmt = fmt;
        this.links = links;
    }

    @GetMapping("/registrations/{id}/certificate")
    String page(@PathVariable UUID id, Model model) {
        CertificateSheet sheet = sheet(id);
        model.addAttribute("sheet", sheet);
        model.addAttribute("registrationId", id);
        model.addAttribute("qr", QrCode.of(sheet.verificationUrl()).svg(sheet.verificationUrl()));
        return "certificate";
    }

    @GetMapping("/registrations/{id}/certificate.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        CertificateSheet sheet = sheet(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(sheet.number() + ".pdf").build().toString())
                .body(CertificatePdf.render(sheet));
    }

    private CertificateSheet sheet(UUID id) {
        Registration registration = Calls.registry(() -> registrations.getRegistration(id));
        if (registration.getCertificate() == null) {
            throw ServiceProblem.of(404, null, null);
        }
        return CertificateSheet.of(registration, messages, LocaleContextHolder.getLocale(), fmt, links);
    }
}
