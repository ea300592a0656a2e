package org.datadeed.registry.registration.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.datadeed.api.registry.model.*;
import org.datadeed.platform.domain.NotFound;
import org.datadeed.platform.security.Caller;
import org.datadeed.platform.security.Role;
import org.datadeed.registry.calendar.WorkingDayCalendar;
import org.datadeed.registry.registration.command.RegistrationPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every read of the registry, scoped to the caller: reviewers and regulators read every registration; anyone else
 * only those its organisation is a party to (applicant, right holder, licensee, pledgee). What a caller may not
 * read does not exist for it (404). Public reads show what the public register shows, nothing personal.
 */
@Service
public class RegistrationQueries {

    /** The search filters of the API. */
    public record Search(String text, String holder, List<String> statuses, String objectType, String registrationType,
                         String industry, String classification, int page, int size, String sort) {
    }

    static final String CAVEAT = "A certificate is a presumption of rights, not proof of ownership.";

    private final JdbcClient jdbc;
    private final RegistrationViewStore store;
    private final JsonMapper json;
    private final WorkingDayCalendar calendar;
    private final RegistrationPolicy policy;
    private final Clock clock;

    RegistrationQueries(JdbcClient jdbc, RegistrationViewStore store, JsonMapper json, WorkingDayCalendar calendar,
                        RegistrationPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.json = json;
        this.calendar = calendar;
        this.policy = policy;
        this.clock = clock;
    }

    public static boolean readsEverything(Caller caller) {
        return caller.hasAny(Role.REVIEWER, Role.REGULATOR);
    }

    /** The registration, if the caller may see it; otherwise 404. */
    public Registration get(UUID id, Caller caller) {
        return document(id, partyToCheck(caller));
    }

    /** 404 unless the caller may see the registration; reads nothing else. */
    public void requireVisible(UUID id, Caller caller) {
        if (!store.visible(id, partyToCheck(caller))) {
            throw notFound(id);
        }
    }

    /** The organisation that must be a party for the caller to see a registration; none for those who read everything. */
    private static String partyToCheck(Caller caller) {
        return readsEverything(caller) ? null : caller.organisation();
    }

    /**
     * The stored document, with the holder's name as its rights give it; 404 if there is none or if {@code party} is
     * given and is not one of the registration's parties.
     */
    private Registration document(UUID id, String party) {
        Registration doc = store.document(id, party).orElseThrow(() -> notFound(id));
        return doc.holderName(holderName(doc));
    }

    /** Whether the registration is on the public notice board (open to objections from anyone identified). */
    public boolean isInPublicNotice(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM registration_view WHERE registration_id = :id"
                        + " AND status IN ('IN_NOTICE', 'OBJECTION_RAISED', 'OBJECTION_REVIEW')")
                .param("id", id).query(Long.class).single() > 0;
    }

    /**
     * The registration for those who may read it; for an objector who may not, what the notice board shows plus
     * the objections its own organisation raised.
     */
    public Registration getOrPublicView(UUID id, Caller caller) {
        Registration doc = document(id, null);
        if (readsEverything(caller) || store.visible(id, caller.organisation())) {
            return doc;
        }
        return new Registration(doc.getRegistrationId(), doc.getStatus(), doc.getHolderOrganisation(), doc.getObjectType(),
                doc.getName(), doc.getClassification(), doc.getRights(), doc.getCreatedAt(), doc.getUpdatedAt(), doc.getVersion())
                .holderName(doc.getHolderName())
                .registrationNumber(doc.getRegistrationNumber())
                .industry(doc.getIndustry())
                .notice(doc.getNotice())
                .fingerprint(doc.getFingerprint())
                .objections(new ArrayList<>(doc.getObjections().stream()
                        .filter(o -> caller.organisation().equals(o.getObjectorOrganisation())).toList()));
    }

    public RegistrationPage search(Search search, Caller caller) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        var params = new java.util.HashMap<String, Object>();
        if (!readsEverything(caller)) {
            where.append(" AND :caller = ANY(parties)");
            params.put("caller", caller.organisation());
        }
        if (search.text() != null && !search.text().isBlank()) {
            where.append(" AND (name ILIKE :text OR description ILIKE :text OR registration_number ILIKE :text"
                    + " OR certificate_number ILIKE :text)");
            params.put("text", "%" + search.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        filter(where, params, "holder_organisation", "holder", search.holder());
        filter(where, params, "object_type", "objectType", search.objectType());
        filter(where, params, "industry", "industry", search.industry());
        filter(where, params, "classification", "classification", search.classification());
        if (search.statuses() != null && !search.statuses().isEmpty()) {
            where.append(" AND status IN (:statuses)");
            params.put("statuses", search.statuses());
        }
        if (search.registrationType() != null) {
            where.append(" AND CAST(:registrationType AS VARCHAR) = ANY(registration_types)");
            params.put("registrationType", search.registrationType());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM registration_view" + where).params(params).query(Long.class).single();
        String[] sort = search.sort().split(",");
        String column = switch (sort[0]) {
            case "createdAt" -> "created_at";
            case "name" -> "name";
            case "registrationNumber" -> "registration_number";
            case "status" -> "status";
            default -> "updated_at";
        };
        String direction = sort.length > 1 && sort[1].equals("asc") ? "ASC" : "DESC";
        params.put("limit", search.size());
        params.put("offset", (long) search.page() * search.size());
        List<RegistrationSummary> items = jdbc.sql("SELECT document FROM registration_view" + where
                        + " ORDER BY " + column + " " + direction + " NULLS LAST, registration_id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> summary(json.readValue(rs.getString(1), Registration.class)))
                .list();
        return new RegistrationPage(new ArrayList<>(items), search.page(), search.size(), total);
    }

    private static void filter(StringBuilder where, java.util.Map<String, Object> params, String column, String name, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }

    public List<TimelineEntry> timeline(UUID id, Caller caller) {
        get(id, caller);
        return jdbc.sql("""
                        SELECT sequence, occurred_at, type, actor, reason, summary FROM registration_timeline
                        WHERE registration_id = :id ORDER BY sequence""")
                .param("id", id)
                .query((rs, n) -> new TimelineEntry(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class),
                        rs.getString(3), rs.getString(4)).reason(rs.getString(5)).summary(rs.getString(6)))
                .list();
    }

    public ReviewQueuePage reviewQueue(ReviewStage stage, ObjectType objectType, Classification classification, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE review_stage IS NOT NULL");
        var params = new java.util.HashMap<String, Object>();
        if (stage != null) {
            where.append(" AND review_stage = :stage");
            params.put("stage", stage.getValue());
        }
        if (objectType != null) {
            where.append(" AND object_type = :objectType");
            params.put("objectType", objectType.getValue());
        }
        if (classification != null) {
            where.append(" AND classification = :classification");
            params.put("classification", classification.getValue());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM registration_view" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        LocalDate today = policy.today(clock.instant());
        List<ReviewQueueItem> items = jdbc.sql("""
                        SELECT registration_id, registration_number, review_stage, status, pending_filing_id,
                               pending_filing_type, name, holder_organisation, object_type, classification, review_since,
                               review_due_on,
                               COALESCE((SELECT COALESCE(r ->> 'holderName', r ->> 'holderOrganisation')
                                         FROM jsonb_array_elements(document -> 'rights') WITH ORDINALITY AS x(r, n)
                                         ORDER BY (r ->> 'kind') = 'HOLDING' DESC, n LIMIT 1), holder_organisation)
                        FROM registration_view""" + where + " ORDER BY review_due_on NULLS LAST, review_since LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> {
                    LocalDate dueOn = rs.getObject(12, LocalDate.class);
                    ReviewQueueItem item = new ReviewQueueItem(rs.getObject(1, UUID.class), ReviewStage.fromValue(rs.getString(3)),
                            rs.getString(7), rs.getString(8), rs.getObject(11, java.time.OffsetDateTime.class))
                            .registrationNumber(rs.getString(2))
                            .status(RegistrationStatus.fromValue(rs.getString(4)))
                            .filingId(rs.getObject(5, UUID.class))
                            .filingType(rs.getString(6) == null ? null : RegistrationType.fromValue(rs.getString(6)))
                            .objectType(ObjectType.fromValue(rs.getString(9)))
                            .classification(Classification.fromValue(rs.getString(10)))
                            .holderName(rs.getString(13))
                            .dueOn(dueOn);
                    if (dueOn != null) {
                        item.workingDaysLeft(dueOn.isBefore(today) ? -calendar.workingDaysBetween(dueOn, today)
                                : calendar.workingDaysBetween(today, dueOn));
                    }
                    return item;
                })
                .list();
        return new ReviewQueuePage(new ArrayList<>(items), page, size, total);
    }

    public NoticePage noticeBoard(int page, int size) {
        String where = " WHERE status IN ('IN_NOTICE', 'OBJECTION_RAISED', 'OBJECTION_REVIEW')";
        long total = jdbc.sql("SELECT COUNT(*) FROM registration_view" + where).query(Long.class).single();
        List<NoticeEntry> items = jdbc.sql("SELECT document FROM registration_view" + where
                        + " ORDER BY notice_ends_on NULLS LAST, registration_id LIMIT :limit OFFSET :offset")
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> notice(json.readValue(rs.getString(1), Registration.class)))
                .list();
        return new NoticePage(new ArrayList<>(items), page, size, total);
    }

    public Verification verifyCertificate(String number) {
        return jdbc.sql("SELECT document FROM registration_view WHERE certificate_number = :number")
                .param("number", number.toUpperCase(java.util.Locale.ROOT))
                .query((rs, n) -> verification(json.readValue(rs.getString(1), Registration.class)))
                .optional()
                .orElseThrow(() -> new NotFound("No certificate " + number));
    }

    public List<Verification> verifyFingerprint(String hash) {
        List<Verification> found = jdbc.sql("""
                        SELECT document FROM registration_view
                        WHERE (fingerprint_sha256 = :hash OR fingerprint_sm3 = :hash) AND certificate_number IS NOT NULL
                        ORDER BY updated_at DESC""")
                .param("hash", hash.toLowerCase(java.util.Locale.ROOT))
                .query((rs, n) -> verification(json.readValue(rs.getString(1), Registration.class)))
                .list();
        if (found.isEmpty()) {
            throw new NotFound("No certificate for this fingerprint");
        }
        return found;
    }

    private Verification verification(Registration doc) {
        Certificate certificate = doc.getCertificate();
        List<VerificationStatus> flags = flags(doc);
        String holderName = holderName(doc);
        List<VerificationHistoryInner> history = jdbc.sql("""
                        SELECT occurred_at, type, public_summary FROM registration_timeline
                        WHERE registration_id = :id AND public_summary IS NOT NULL ORDER BY sequence""")
                .param("id", doc.getRegistrationId())
                .query((rs, n) -> new VerificationHistoryInner(rs.getObject(1, java.time.OffsetDateTime.class), rs.getString(2))
                        .summary(rs.getString(3)))
                .list();
        return new Verification(certificate.getNumber(), flags.get(0), doc.getName(), holderName,
                new ArrayList<>(doc.getRights().stream().map(r -> new VerificationRightsInner().kind(r.getKind())
                        .holderName(r.getHolderName() == null ? r.getHolderOrganisation() : r.getHolderName())
                        .territory(r.getTerritory()).term(r.getTerm())).toList()),
                certificate.getValidFrom(), certificate.getValidUntil(), new ArrayList<>(history))
                .certificateVersion(certificate.getVersion())
                .registrationNumber(doc.getRegistrationNumber())
                .statusFlags(new ArrayList<>(flags))
                .objectType(doc.getObjectType())
                .fingerprintSha256(doc.getFingerprint() == null ? null : doc.getFingerprint().getSha256())
                .fingerprintSm3(doc.getFingerprint() == null ? null : doc.getFingerprint().getSm3())
                .notice(CAVEAT);
    }

    /** Every status that applies; the first is the headline (the strongest). */
    static List<VerificationStatus> flags(Registration doc) {
        List<VerificationStatus> flags = new ArrayList<>();
        switch (doc.getStatus()) {
            case REVOKED -> flags.add(VerificationStatus.REVOKED);
            case CANCELLED -> flags.add(VerificationStatus.CANCELLED);
            case EXPIRED -> flags.add(VerificationStatus.EXPIRED);
            case FROZEN -> flags.add(VerificationStatus.FROZEN);
            default -> { }
        }
        boolean pledged = doc.getRights().stream().anyMatch(r -> !r.getPledges().isEmpty());
        boolean licensed = doc.getRights().stream().anyMatch(r -> !r.getLicences().isEmpty());
        boolean transferred = doc.getFilings().stream().anyMatch(f -> f.getType() == RegistrationType.TRANSFER
                && f.getStatus() == Filing.StatusEnum.APPROVED);
        boolean changed = doc.getCertificate() != null && doc.getCertificate().getVersion() > 1;
        if (pledged) flags.add(VerificationStatus.PLEDGED);
        if (transferred) flags.add(VerificationStatus.TRANSFERRED);
        if (licensed) flags.add(VerificationStatus.LICENSED);
        if (changed) flags.add(VerificationStatus.CHANGED);
        if (flags.isEmpty()) flags.add(VerificationStatus.VALID);
        return flags;
    }

    /** The holder's registered name: of the holding right, else of the first right, else the organisation id. */
    static String holderName(Registration doc) {
        return doc.getRights().stream().filter(r -> r.getKind() == RightKind.HOLDING).findFirst()
                .or(() -> doc.getRights().stream().findFirst())
                .map(r -> r.getHolderName() == null ? r.getHolderOrganisation() : r.getHolderName())
                .orElse(doc.getHolderOrganisation());
    }

    private static RegistrationSummary summary(Registration doc) {
        return new RegistrationSummary(doc.getRegistrationId(), doc.getStatus(), doc.getHolderOrganisation(),
                doc.getObjectType(), doc.getName(), doc.getClassification(), doc.getUpdatedAt())
                .holderName(holderName(doc))
                .registrationNumber(doc.getRegistrationNumber())
                .certificateNumber(doc.getCertificate() == null ? null : doc.getCertificate().getNumber())
                .industry(doc.getIndustry())
                .createdAt(doc.getCreatedAt());
    }

    private static NoticeEntry notice(Registration doc) {
        return new NoticeEntry(doc.getRegistrationId(), doc.getRegistrationNumber(), doc.getName(), holderName(doc),
                doc.getObjectType(), doc.getNotice().getStartsOn(), doc.getNotice().getEndsOn())
                .industry(doc.getIndustry())
                .rights(new ArrayList<>(doc.getRights().stream().map(Right::getKind).toList()))
                .fingerprintSha256(doc.getFingerprint() == null ? null : doc.getFingerprint().getSha256())
                .objectionsOpen((int) doc.getObjections().stream()
                        .filter(o -> o.getStatus() == Objection.StatusEnum.AWAITING_RESPONSE
                                || o.getStatus() == Objection.StatusEnum.AWAITING_DECISION).count());
    }

    private static NotFound notFound(UUID id) {
        return new NotFound("No registration " + id);
    }
}
