package org.datadeed.registry.evidence;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import org.datadeed.api.registry.EvidenceApi;
import org.datadeed.api.registry.model.StoredEvidence;
import org.datadeed.platform.domain.Forbidden;
import org.datadeed.platform.problem.ProblemType;
import org.datadeed.platform.security.Caller;
import org.datadeed.platform.security.CurrentCaller;
import org.datadeed.platform.security.Role;
import org.datadeed.registry.config.RegistryProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores uploaded evidence content-addressed. Anyone who may file something may upload (holders, reviewers,
 * objectors); regulators change nothing. Size and media type are limited by configuration.
 */
@RestController
class EvidenceController implements EvidenceApi {

    private final EvidenceStore store;
    private final CurrentCaller currentCaller;
    private final RegistryProperties properties;

    EvidenceController(EvidenceStore store, CurrentCaller currentCaller, RegistryProperties properties) {
        this.store = store;
        this.currentCaller = currentCaller;
        this.properties = properties;
    }

    @Override
    public ResponseEntity<StoredEvidence> uploadEvidence(MultipartFile file, String idempotencyKey) {
        Caller caller = currentCaller.get();
        if (caller.has(Role.REGULATOR) || caller.roles().isEmpty()) {
            throw new Forbidden("Regulators read and change nothing");
        }
        if (file.isEmpty()) {
            throw problem(ProblemType.VALIDATION_FAILED, "The file is empty");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw problem(ProblemType.MALFORMED_REQUEST, "The upload could not be read");
        }
        String declared = file.getContentType() == null ? "application/octet-stream"
                : file.getContentType().split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        String mediaType = declared.equals("application/octet-stream") ? MediaTypes.detect(content) : declared;
        Set<String> allowed = properties.evidence().mediaTypes();
        if (!allowed.contains(mediaType)) {
            throw problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Accepted media types: " + String.join(", ", allowed));
        }
        if (!MediaTypes.matches(mediaType, content)) {
            throw problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The content is not a " + mediaType + " file");
        }
        EvidenceStore.StoredFile stored = store.store(content, mediaType, caller.organisation(), caller.actor());
        return ResponseEntity.created(URI.create("/api/v1/evidence/" + stored.sha256()))
                .body(new StoredEvidence(stored.sha256(), stored.sizeBytes(), stored.mediaType()));
    }

    private static ErrorResponseException problem(ProblemType type, String detail) {
        return new ErrorResponseException(type.status(), org.datadeed.platform.problem.Problems.of(type, detail), null);
    }
}
