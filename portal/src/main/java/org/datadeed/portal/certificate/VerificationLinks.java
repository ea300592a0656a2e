package org.datadeed.portal.certificate;

import java.nio.charset.StandardCharsets;

import org.datadeed.portal.config.PortalProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** Where anyone verifies a certificate: the portal's public verification page, which the QR code opens. */
@Component
public class VerificationLinks {

    private final String base;

    public VerificationLinks(PortalProperties properties) {
        this.base = properties.publicBaseUrl().replaceAll("/+$", "");
    }

    public String certificate(String certificateNumber) {
        return base + "/verify/certificates/" + UriUtils.encodePathSegment(certificateNumber, StandardCharsets.UTF_8);
    }
}
