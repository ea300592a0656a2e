package org.datadeed.marketplace.licence;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.datadeed.api.marketplace.PublicMarketplaceApi;
import org.datadeed.api.marketplace.model.Disclosure;
import org.datadeed.api.marketplace.model.LicenceVerification;
import org.datadeed.api.marketplace.model.LicenceVerificationRequest;
import org.datadeed.marketplace.accounts.OperatorAccounts;
import org.datadeed.marketplace.catalogue.DcatExport;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** What anyone may read without signing in: the disclosure, the DCAT catalogue, the licence keys, verification. */
@RestController
class PublicMarketplaceController implements PublicMarketplaceApi {

    private final LicenceSigner signer;
    private final LicenceQueries licences;
    private final OperatorAccounts accounts;
    private final DcatExport dcat;

    PublicMarketplaceController(LicenceSigner signer, LicenceQueries licences, OperatorAccounts accounts, DcatExport dcat) {
        this.signer = signer;
        this.licences = licences;
        this.accounts = accounts;
        this.dcat = dcat;
    }

    @Override
    public ResponseEntity<Map<String, Object>> getLicenceKeys() {
        return ResponseEntity.ok(signer.publicKeys());
    }

    /**
     * Verifies the signature and reports the licence's status now: a validly signed licence that was revoked,
     * suspended or superseded by a renewal says so.
     */
    @Override
    public ResponseEntity<LicenceVerification> verifyLicence(LicenceVerificationRequest request) {
        return ResponseEntity.ok(signer.verify(request.getJws()).map(claims -> {
            UUID licenceId = UUID.fromString((String) claims.get("licence_id"));
            LicenceVerification verification = new LicenceVerification().signatureValid(true).licenceId(licenceId)
                    .validFrom(LocalDate.parse((String) claims.get("valid_from")))
                    .validUntil(LocalDate.parse((String) claims.get("valid_until")));
            licences.parties(licenceId).ifPresent(parties -> {
                verification.status(org.datadeed.api.marketplace.model.LicenceStatus.fromValue(parties.status()));
                boolean current = request.getJws().equals(parties.jws());
                verification.detail(current ? "the current document of licence " + licenceId
                        : "a superseded document of licence " + licenceId + "; a renewal issued a newer one");
            });
            return verification;
        }).orElse(new LicenceVerification().signatureValid(false)
                .detail("not a licence signed with a key in /api/v1/public/licence-keys")));
    }

    @Override
    public ResponseEntity<Disclosure> getDisclosure(Integer year) {
        return ResponseEntity.ok(accounts.disclosure(year));
    }

    @Override
    public ResponseEntity<Map<String, Object>> exportCatalogue() {
        return ResponseEntity.ok(dcat.export());
    }
}
