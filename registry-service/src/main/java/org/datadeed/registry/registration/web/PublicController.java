package org.datadeed.registry.registration.web;

import java.util.List;

import org.datadeed.api.registry.PublicApi;
import org.datadeed.api.registry.model.NoticePage;
import org.datadeed.api.registry.model.Verification;
import org.datadeed.registry.registration.query.RegistrationQueries;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** What anyone may read without signing in: the notice board and certificate verification. */
@RestController
class PublicController implements PublicApi {

    private final RegistrationQueries queries;

    PublicController(RegistrationQueries queries) {
        this.queries = queries;
    }

    @Override
    public ResponseEntity<NoticePage> getNoticeBoard(Integer page, Integer size) {
        return ResponseEntity.ok(queries.noticeBoard(page, size));
    }

    @Override
    public ResponseEntity<Verification> verifyCertificate(String certificateNumber) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(queries.verifyCertificate(certificateNumber));
    }

    @Override
    public ResponseEntity<List<Verification>> verifyFingerprint(String hash) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(queries.verifyFingerprint(hash));
    }
}
