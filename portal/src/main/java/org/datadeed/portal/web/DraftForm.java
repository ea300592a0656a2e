package org.datadeed.portal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.datadeed.client.registry.model.Classification;
import org.datadeed.client.registry.model.DataSource;
import org.datadeed.client.registry.model.Fingerprint;
import org.datadeed.client.registry.model.FingerprintMethod;
import org.datadeed.client.registry.model.ObjectType;
import org.datadeed.client.registry.model.ProductForm;
import org.datadeed.client.registry.model.Registration;
import org.datadeed.client.registry.model.RegistrationDraft;
import org.datadeed.client.registry.model.Right;
import org.datadeed.client.registry.model.RightClaim;
import org.datadeed.client.registry.model.RightKind;
import org.datadeed.client.registry.model.Term;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The wizard's application form: the particulars of one data resource, product or asset, the rights claimed on it
 * and its fingerprint (computed in the browser; the file itself is never sent). The registry checks every rule; this
 * form only carries the fields.
 */
public class DraftForm {

    private ObjectType objectType = ObjectType.DATA_RESOURCE;
    private ProductForm productForm;
    private String name;
    private String description;
    private String industry;
    private String scenarios;
    private String dataFormat;
    private String storageLocation;
    private String storageMethod;
    private String updateFrequency;
    private Long recordCount;
    private Long sizeBytes;
    private Classification classification = Classification.GENERAL;
    private boolean personalInformation;
    private boolean sensitivePersonalInformation;
    private String sourceStatement;
    private boolean authorisedBySource;
    private boolean ownershipDisputed;
    private Set<RightKind> rights = EnumSet.of(RightKind.HOLDING);
    private String rightScope;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate rightFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate rightUntil;
    private String territory = "CN";
    private String fingerprintSha256;
    private String fingerprintSm3;
    private String agentName;
    private String idempotencyKey = Actions.newKey();

    /** The form filled with a registration's current application, to correct it. */
    static DraftForm of(Registration registration) {
        DraftForm form = new DraftForm();
        form.objectType = registration.getObjectType();
        form.productForm = registration.getProductForm();
        form.name = registration.getName();
        form.description = registration.getDescription();
        form.industry = registration.getIndustry();
        form.scenarios = registration.getScenarios() == null ? null : String.join("\n", registration.getScenarios());
        form.dataFormat = registration.getDataFormat();
        form.storageLocation = registration.getStorageLocation();
        form.storageMethod = registration.getStorageMethod();
        form.updateFrequency = registration.getUpdateFrequency();
        form.recordCount = registration.getRecordCount();
        form.sizeBytes = registration.getSizeBytes();
        form.classification = registration.getClassification();
        form.personalInformation = Boolean.TRUE.equals(registration.getPersonalInformation());
        form.sensitivePersonalInformation = Boolean.TRUE.equals(registration.getSensitivePersonalInformation());
        if (registration.getSource() != null) {
            form.sourceStatement = registration.getSource().getStatement();
            form.authorisedBySource = Boolean.TRUE.equals(registration.getSource().getAuthorisedBySource());
            form.ownershipDisputed = Boolean.TRUE.equals(registration.getSource().getOwnershipDisputed());
        }
        List<Right> claimed = registration.getRights() == null ? List.of() : registration.getRights();
        form.rights = claimed.isEmpty() ? EnumSet.of(RightKind.HOLDING) : EnumSet.noneOf(RightKind.class);
        claimed.forEach(right -> form.rights.add(right.getKind()));
        if (!claimed.isEmpty()) {
            Right first = claimed.get(0);
            form.rightScope = first.getScope();
            form.territory = first.getTerritory();
            form.rightFrom = first.getTerm().getFrom();
            form.rightUntil = first.getTerm().getUntil();
        }
        if (registration.getFingerprint() != null) {
            form.fingerprintSha256 = registration.getFingerprint().getSha256();
            form.fingerprintSm3 = registration.getFingerprint().getSm3();
        }
        form.agentName = registration.getAgentName();
        return form;
    }

    /** The application as the registry takes it. Blank optional fields are left out. */
    RegistrationDraft toDraft() {
        Term term = new Term().from(rightFrom).until(rightUntil);
        List<RightClaim> claims = new ArrayList<>();
        for (RightKind kind : rights) {
            claims.add(new RightClaim().kind(kind).scope(rightScope).term(term).territory(territory));
        }
        return new RegistrationDraft()
                .objectType(objectType)
                .productForm(objectType == ObjectType.DATA_PRODUCT ? productForm : null)
                .name(name)
                .description(description)
                .industry(industry)
                .scenarios(lines(scenarios))
                .dataFormat(blankToNull(dataFormat))
                .storageLocation(blankToNull(storageLocation))
                .storageMethod(blankToNull(storageMethod))
                .updateFrequency(blankToNull(updateFrequency))
                .recordCount(recordCount)
                .sizeBytes(sizeBytes)
                .classification(classification)
                .personalInformation(personalInformation)
                .sensitivePersonalInformation(sensitivePersonalInformation)
                .source(new DataSource().statement(sourceStatement).authorisedBySource(authorisedBySource)
                        .ownershipDisputed(ownershipDisputed))
                .fingerprint(new Fingerprint().sha256(lower(fingerprintSha256)).sm3(lower(fingerprintSm3))
                        .method(FingerprintMethod.WHOLE_DATASET))
                .rights(claims)
                .agentName(blankToNull(agentName));
    }

    static List<String> lines(String text) {
        if (text == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String lower(String hex) {
        return hex == null ? null : hex.strip().toLowerCase(java.util.Locale.ROOT);
    }

    // getters and setters for binding

    public ObjectType getObjectType() { return objectType; }
    public void setObjectType(ObjectType objectType) { this.objectType = objectType; }
    public ProductForm getProductForm() { return productForm; }
    public void setProductForm(ProductForm productForm) { this.productForm = productForm; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getScenarios() { return scenarios; }
    public void setScenarios(String scenarios) { this.scenarios = scenarios; }
    public String getDataFormat() { return dataFormat; }
    public void setDataFormat(String dataFormat) { this.dataFormat = dataFormat; }
    public String getStorageLocation() { return storageLocation; }
    public void setStorageLocation(String storageLocation) { this.storageLocation = storageLocation; }
    public String getStorageMethod() { return storageMethod; }
    public void setStorageMethod(String storageMethod) { this.storageMethod = storageMethod; }
    public String getUpdateFrequency() { return updateFrequency; }
    public void setUpdateFrequency(String updateFrequency) { this.updateFrequency = updateFrequency; }
    public Long getRecordCount() { return recordCount; }
    public void setRecordCount(Long recordCount) { this.recordCount = recordCount; }
    public Long getSizeBytes() { return sizeBytes; }
    public void setSizeBytes(Long sizeBytes) { this.sizeBytes = sizeBytes; }
    public Classification getClassification() { return classification; }
    public void setClassification(Classification classification) { this.classification = classification; }
    public boolean isPersonalInformation() { return personalInformation; }
    public void setPersonalInformation(boolean personalInformation) { this.personalInformation = personalInformation; }
    public boolean isSensitivePersonalInformation() { return sensitivePersonalInformation; }
    public void setSensitivePersonalInformation(boolean sensitive) { this.sensitivePersonalInformation = sensitive; }
    public String getSourceStatement() { return sourceStatement; }
    public void setSourceStatement(String sourceStatement) { this.sourceStatement = sourceStatement; }
    public boolean isAuthorisedBySource() { return authorisedBySource; }
    public void setAuthorisedBySource(boolean authorisedBySource) { this.authorisedBySource = authorisedBySource; }
    public boolean isOwnershipDisputed() { return ownershipDisputed; }
    public void setOwnershipDisputed(boolean ownershipDisputed) { this.ownershipDisputed = ownershipDisputed; }
    public Set<RightKind> getRights() { return rights; }
    public void setRights(Set<RightKind> rights) { this.rights = rights == null ? EnumSet.noneOf(RightKind.class) : rights; }
    public String getRightScope() { return rightScope; }
    public void setRightScope(String rightScope) { this.rightScope = rightScope; }
    public LocalDate getRightFrom() { return rightFrom; }
    public void setRightFrom(LocalDate rightFrom) { this.rightFrom = rightFrom; }
    public LocalDate getRightUntil() { return rightUntil; }
    public void setRightUntil(LocalDate rightUntil) { this.rightUntil = rightUntil; }
    public String getTerritory() { return territory; }
    public void setTerritory(String territory) { this.territory = territory; }
    public String getFingerprintSha256() { return fingerprintSha256; }
    public void setFingerprintSha256(String fingerprintSha256) { this.fingerprintSha256 = fingerprintSha256; }
    public String getFingerprintSm3() { return fingerprintSm3; }
    public void setFingerprintSm3(String fingerprintSm3) { this.fingerprintSm3 = fingerprintSm3; }
    public String getAgentName() { return agentName; }
    public void setAgentName(String agentName) { this.agentName = agentName; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
}
