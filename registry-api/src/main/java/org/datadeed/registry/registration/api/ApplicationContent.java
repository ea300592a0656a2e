package org.datadeed.registry.registration.api;

import java.util.List;

/** Everything an application declares about the registered object. */
public record ApplicationContent(ObjectType objectType, ProductForm productForm, String name, String description, String industry, List<String> scenarios, String dataFormat, String storageLocation, String storageMethod, String updateFrequency, Term timeSpan, Long recordCount, Long sizeBytes, Classification classification, boolean personalInformation, boolean sensitivePersonalInformation, DataSource source, Fingerprint fingerprint, List<RightClaim> rights, String agentName) {

    public ApplicationContent {
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        rights = rights == null ? List.of() : List.copyOf(rights);
    }
}
