package org.datadeed.registry.registration.api;

import java.util.List;

/** Registered particulars to change; null fields stay as registered. Rights change only through transfer, licence and pledge. */
public record ParticularsChange(String name, String description, String industry, List<String> scenarios, String dataFormat, String storageLocation, String storageMethod, String updateFrequency, Long recordCount, Long sizeBytes, Fingerprint fingerprint) {

    /** The content with these changes applied. */
    public ApplicationContent applyTo(ApplicationContent c) {
        return new ApplicationContent(c.objectType(), c.productForm(), or(name, c.name()), or(description, c.description()),
                or(industry, c.industry()), or(scenarios, c.scenarios()), or(dataFormat, c.dataFormat()),
                or(storageLocation, c.storageLocation()), or(storageMethod, c.storageMethod()),
                or(updateFrequency, c.updateFrequency()), c.timeSpan(), or(recordCount, c.recordCount()),
                or(sizeBytes, c.sizeBytes()), c.classification(), c.personalInformation(),
                c.sensitivePersonalInformation(), c.source(), or(fingerprint, c.fingerprint()), c.rights(), c.agentName());
    }

    public boolean isEmpty() {
        return name == null && description == null && industry == null && scenarios == null && dataFormat == null
                && storageLocation == null && storageMethod == null && updateFrequency == null && recordCount == null
                && sizeBytes == null && fingerprint == null;
    }

    private static <T> T or(T change, T current) {
        return change == null ? current : change;
    }
}
