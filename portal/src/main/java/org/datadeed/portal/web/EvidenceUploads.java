package org.datadeed.portal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.datadeed.client.registry.api.EvidenceApi;
import org.datadeed.client.registry.model.EvidenceAttachment;
import org.datadeed.client.registry.model.EvidenceKind;
import org.datadeed.client.registry.model.StoredEvidence;
import org.datadeed.portal.api.Calls;
import org.datadeed.portal.api.ServiceProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Passes a file a person chose on a form to the registry's content-addressed evidence store, and names it for
 * attaching (to an application, an objection or a filing). The portal keeps no copy.
 */
@Component
class EvidenceUploads {

    private final EvidenceApi evidence;
    private final MessageSource messages;

    EvidenceUploads(EvidenceApi evidence, MessageSource messages) {
        this.evidence = evidence;
        this.messages = messages;
    }

    /**
     * @throws ServiceProblem when no file (or an empty one) was chosen, or the registry refuses it
     */
    EvidenceAttachment store(MultipartFile file, EvidenceKind kind, String idempotencyKey) {
        if (file == null || file.isEmpty()) {
            throw ServiceProblem.refusedHere(messages.getMessage("evidence.empty", null, LocaleContextHolder.getLocale()));
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("evidence-", ".upload");
            file.transferTo(copy);
            Path upload = copy;
            StoredEvidence stored = Calls.registry(() -> evidence.uploadEvidence(upload.toFile(), idempotencyKey + ":upload"));
            String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? stored.getSha256() : file.getOriginalFilename();
            return new EvidenceAttachment().kind(kind).sha256(stored.getSha256()).fileName(fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans its temp folder
                }
            }
        }
    }
}
