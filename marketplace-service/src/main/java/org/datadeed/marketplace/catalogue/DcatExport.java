package org.datadeed.marketplace.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The listed products as a DCAT-AP style JSON-LD catalogue: a {@code dcat:Catalog} whose datasets are the products,
 * each served by a {@code dcat:DataService} (raw public data does not leave the operation domain: a product is
 * delivered as an API, model or verification service), with its publisher, themes, rights and licensing terms.
 */
@Service
public class DcatExport {

    private final CatalogueQueries catalogue;
    private final String baseUrl;

    DcatExport(CatalogueQueries catalogue, @Value("${datadeed.marketplace.public-base-url:http://localhost:8083}") String baseUrl) {
        this.catalogue = catalogue;
        this.baseUrl = baseUrl;
    }

    public Map<String, Object> export() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("odrl", "http://www.w3.org/ns/odrl/2/");
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (CatalogueQueries.Entry entry : catalogue.listed()) {
            String id = baseUrl + "/api/v1/products/" + entry.productId();
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("@id", id);
            dataset.put("@type", "dcat:Dataset");
            dataset.put("dct:identifier", entry.productId().toString());
            dataset.put("dct:title", entry.name());
            dataset.put("dct:description", entry.description());
            dataset.put("dcat:theme", entry.industry());
            dataset.put("dcat:keyword", entry.scenarios());
            dataset.put("dct:publisher", Map.of("@type", "foaf:Organization", "foaf:name",
                    entry.operatorName() == null ? entry.operatorOrganisation() : entry.operatorName(),
                    "dct:identifier", entry.operatorOrganisation()));
            dataset.put("dct:accessRights", entry.classification());
            dataset.put("dct:conformsTo", entry.certificateNumber() == null ? List.of()
                    : List.of(Map.of("@type", "dct:Standard", "dct:identifier", entry.certificateNumber(),
                            "dct:title", "data property registration certificate")));
            dataset.put("dct:rights", entry.rights().stream().map(r -> Map.of("odrl:action", r.kind(),
                    "odrl:assignee", r.holderOrganisation() == null ? "" : r.holderOrganisation())).toList());
            dataset.put("datadeed:registrationStatus", entry.registrationStatus());
            if (entry.terms() != null) {
                dataset.put("dcat:distribution", List.of(Map.of(
                        "@type", "dcat:Distribution",
                        "dcat:accessService", Map.of("@type", "dcat:DataService", "dct:type", entry.terms().delivery(),
                                "dcat:endpointDescription", id),
                        "odrl:hasPolicy", Map.of("@type", "odrl:Offer", "datadeed:useCategories", entry.terms().useCategories(),
                                "datadeed:chargingUnit", entry.chargingUnit() == null ? "" : entry.chargingUnit(),
                                "datadeed:fromPriceCny", entry.fromPrice() == null ? "" : CatalogueQueries.money(entry.fromPrice())))));
            }
            datasets.add(dataset);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        context.put("datadeed", baseUrl + "/ns#");
        root.put("@context", context);
        root.put("@id", baseUrl + "/api/v1/public/catalogue.dcat.json");
        root.put("@type", "dcat:Catalog");
        root.put("dct:title", "DataDeed public-data products");
        root.put("dcat:dataset", datasets);
        return root;
    }
}
