package org.datadeed.registry.registration.query;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.datadeed.api.registry.model.Filing;
import org.datadeed.api.registry.model.Registration;
import org.datadeed.api.registry.model.ReviewStage;
import org.datadeed.api.registry.model.Right;
import org.datadeed.api.registry.model.RightLicence;
import org.datadeed.api.registry.model.Pledge;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@code registration_view} and {@code registration_timeline}. */
@Repository
class RegistrationViewStore {

    private static final String PARTY_FILTER = " AND (CAST(:party AS VARCHAR) IS NULL OR :party = ANY(parties))";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RegistrationViewStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<RegistrationView> find(UUID id) {
        return jdbc.sql("""
                        SELECT document, review_stage, review_since, review_due_on, pending_filing_id, pending_filing_type
                        FROM registration_view WHERE registration_id = :id""")
                .param("id", id)
                .query((rs, n) -> {
                    RegistrationView view = new RegistrationView(json.readValue(rs.getString(1), Registration.class));
                    String stage = rs.getString(2);
                    view.reviewStage = stage == null ? null : ReviewStage.valueOf(stage);
                    Timestamp since = rs.getTimestamp(3);
                    view.reviewSince = since == null ? null : since.toInstant().atOffset(java.time.ZoneOffset.UTC);
                    view.reviewDueOn = rs.getObject(4, java.time.LocalDate.class);
                    view.pendingFilingId = rs.getObject(5, UUID.class);
                    view.pendingFilingType = rs.getString(6);
                    return view;
                })
                .optional();
    }

    /**
     * The stored document; if {@code party} is given, only when that organisation is one of the registration's
     * parties (one statement: the check and the read cannot disagree).
     */
    Optional<Registration> document(UUID id, String party) {
        return jdbc.sql("SELECT document FROM registration_view WHERE registration_id = :id" + PARTY_FILTER)
                .param("id", id)
                .param("party", party, Types.VARCHAR)
                .query((rs, n) -> json.readValue(rs.getString(1), Registration.class))
                .optional();
    }

    /** Whether the registration exists and, if {@code party} is given, that organisation is one of its parties. */
    boolean visible(UUID id, String party) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM registration_view WHERE registration_id = :id" + PARTY_FILTER + ")")
                .param("id", id)
                .param("party", party, Types.VARCHAR)
                .query(Boolean.class)
                .single();
    }

    /** One line of a registration's timeline: the event at {@code sequence} and what it did. */
    record TimelineLine(long sequence, OffsetDateTime at, String type, String actor, String reason,
                        String summary, String publicSummary) {
    }

    /** Stores the view as it stands after an event, and the event's timeline line, in one statement. */
    void save(RegistrationView view, TimelineLine line) {
        Registration doc = view.document;
        jdbc.sql("""
                        WITH timeline AS (
                            INSERT INTO registration_timeline (registration_id, sequence, occurred_at, type, actor,
                                reason, summary, public_summary)
                            VALUES (:id, :sequence, :at, :type, :actor, :reason, :summary, :publicSummary)
                            ON CONFLICT DO NOTHING)
                        INSERT INTO registration_view (registration_id, registration_number, certificate_number, status,
                            holder_organisation, object_type, name, description, industry, classification,
                            fingerprint_sha256, fingerprint_sm3, registration_types, parties, review_stage, review_since,
                            review_due_on, pending_filing_id, pending_filing_type, notice_starts_on, notice_ends_on,
                            created_at, updated_at, version, document)
                        VALUES (:id, :registrationNumber, :certificateNumber, :status, :holder, :objectType, :name,
                            :description, :industry, :classification, :sha256, :sm3, :types, :parties, :reviewStage,
                            :reviewSince, :reviewDueOn, :pendingFilingId, :pendingFilingType, :noticeStartsOn,
                            :noticeEndsOn, :createdAt, :updatedAt, :version, CAST(:document AS JSONB))
                        ON CONFLICT (registration_id) DO UPDATE SET
                            registration_number = EXCLUDED.registration_number,
                            certificate_number = EXCLUDED.certificate_number, status = EXCLUDED.status,
                            holder_organisation = EXCLUDED.holder_organisation, object_type = EXCLUDED.object_type,
                            name = EXCLUDED.name, description = EXCLUDED.description, industry = EXCLUDED.industry,
                            classification = EXCLUDED.classification, fingerprint_sha256 = EXCLUDED.fingerprint_sha256,
                            fingerprint_sm3 = EXCLUDED.fingerprint_sm3, registration_types = EXCLUDED.registration_types,
                            parties = EXCLUDED.parties, review_stage = EXCLUDED.review_stage,
                            review_since = EXCLUDED.review_since, review_due_on = EXCLUDED.review_due_on,
                            pending_filing_id = EXCLUDED.pending_filing_id,
                            pending_filing_type = EXCLUDED.pending_filing_type,
                            notice_starts_on = EXCLUDED.notice_starts_on, notice_ends_on = EXCLUDED.notice_ends_on,
                            updated_at = EXCLUDED.updated_at, version = EXCLUDED.version, document = EXCLUDED.document""")
                .param("id", doc.getRegistrationId())
                .param("registrationNumber", doc.getRegistrationNumber())
                .param("certificateNumber", doc.getCertificate() == null ? null : doc.getCertificate().getNumber())
                .param("status", doc.getStatus().getValue())
                .param("holder", doc.getHolderOrganisation())
                .param("objectType", doc.getObjectType().getValue())
                .param("name", doc.getName())
                .param("description", doc.getDescription())
                .param("industry", doc.getIndustry())
                .param("classification", doc.getClassification().getValue())
                .param("sha256", doc.getFingerprint() == null ? null : doc.getFingerprint().getSha256())
                .param("sm3", doc.getFingerprint() == null ? null : doc.getFingerprint().getSm3())
                .param("types", types(doc))
                .param("parties", parties(doc))
                .param("reviewStage", view.reviewStage == null ? null : view.reviewStage.getValue())
                .param("reviewSince", view.reviewSince)
                .param("reviewDueOn", view.reviewDueOn)
                .param("pendingFilingId", view.pendingFilingId)
                .param("pendingFilingType", view.pendingFilingType)
                .param("noticeStartsOn", doc.getNotice() == null ? null : doc.getNotice().getStartsOn())
                .param("noticeEndsOn", doc.getNotice() == null ? null : doc.getNotice().getEndsOn())
                .param("createdAt", doc.getCreatedAt())
                .param("updatedAt", doc.getUpdatedAt())
                .param("version", doc.getVersion())
                .param("document", json.writeValueAsString(doc))
                .param("sequence", line.sequence()).param("at", line.at()).param("type", line.type())
                .param("actor", line.actor()).param("reason", line.reason()).param("summary", line.summary())
                .param("publicSummary", line.publicSummary())
                .update();
    }

    private static String[] types(Registration doc) {
        Set<String> types = new LinkedHashSet<>();
        types.add("INITIAL");
        for (Filing filing : doc.getFilings()) {
            types.add(filing.getType().getValue());
        }
        if (!doc.getObjections().isEmpty()) {
            types.add("OBJECTION");
        }
        return types.toArray(String[]::new);
    }

    private static String[] parties(Registration doc) {
        Set<String> parties = new LinkedHashSet<>();
        parties.add(doc.getHolderOrganisation());
        for (Right right : doc.getRights()) {
            parties.add(right.getHolderOrganisation());
            for (RightLicence licence : right.getLicences()) {
                parties.add(licence.getLicenseeOrganisation());
            }
            for (Pledge pledge : right.getPledges()) {
                parties.add(pledge.getPledgeeOrganisation());
            }
        }
        return parties.toArray(String[]::new);
    }

}
