package org.datadeed.marketplace.catalogue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.datadeed.api.marketplace.model.ChargingUnit;
import org.datadeed.api.marketplace.model.Facet;
import org.datadeed.api.marketplace.model.ProductPage;
import org.datadeed.api.marketplace.model.ProductPageFacets;
import org.datadeed.api.marketplace.model.ProductSummary;
import org.datadeed.api.marketplace.model.UseCategory;
import org.datadeed.marketplace.config.MarketplacePolicy;
import org.datadeed.marketplace.messages.CeilingFiledEvent;
import org.datadeed.marketplace.messages.PriceScheduleSetEvent;
import org.datadeed.marketplace.messages.ProductFacts;
import org.datadeed.marketplace.messages.ProductTermsSpec;
import org.datadeed.marketplace.product.ProductPricing;
import org.datadeed.platform.domain.NotFound;
import org.datadeed.platform.security.Caller;
import org.datadeed.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the catalogue: products with their offers, the facts the licence checks run on, and the price rules. */
@Service
public class CatalogueQueries {

    /** Price-range facet bands (lower bounds, CNY), the last one open. */
    private static final BigDecimal[] PRICE_BANDS = {BigDecimal.ZERO, new BigDecimal("1"), new BigDecimal("100"),
            new BigDecimal("10000"), new BigDecimal("100000")};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MarketplacePolicy policy;
    private final java.time.Clock clock;

    CatalogueQueries(JdbcClient jdbc, JsonMapper json, MarketplacePolicy policy, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.policy = policy;
        this.clock = clock;
    }

    /** One catalogue product as it stands, with the operator's terms and current offer. */
    public record Entry(UUID productId, String name, String description, String industry, List<String> scenarios,
                        String classification, boolean personalInformation, String holderOrganisation,
                        String operatorOrganisation, String operatorName, String certificateNumber,
                        String registrationStatus, LocalDate validUntil, boolean listed, List<CatalogueRight> rights,
                        ProductTermsSpec terms, Integer scheduleVersion, String chargingUnit, BigDecimal fromPrice) {

        /** Why the product cannot be licensed now, or empty. */
        public Optional<String> unavailableReason(LocalDate today) {
            if (operatorOrganisation == null) {
                return Optional.of("the registration carries no operation right");
            }
            if (!"REGISTERED".equals(registrationStatus)) {
                return Optional.of("the registration is " + registrationStatus.toLowerCase(java.util.Locale.ROOT));
            }
            if (validUntil != null && today.isAfter(validUntil)) {
                return Optional.of("the registration ended on " + validUntil);
            }
            if (terms == null) {
                return Optional.of("the operator has not set licence terms yet");
            }
            return Optional.empty();
        }

        public boolean operatedBy(String organisation) {
            return organisation != null && organisation.equals(operatorOrganisation);
        }
    }

    private static final String SELECT = """
            SELECT c.product_id, c.name, c.description, c.industry, c.scenarios, c.classification,
                   c.personal_information, c.holder_organisation, c.operator_organisation, c.operator_name,
                   c.certificate_number, c.registration_status, c.valid_until, c.listed, c.rights,
                   o.terms, o.schedule_version, o.charging_unit, o.from_price
            FROM catalogue_entry c LEFT JOIN product_offer o ON o.product_id = c.product_id
            """;

    public Optional<Entry> find(UUID productId) {
        return jdbc.sql(SELECT + " WHERE c.product_id = :id").param("id", productId).query(this::entry).optional();
    }

    /**
     * The product as the caller may see it: listed products to anyone signed in; a product not (yet) listed only to
     * its operator, its holder and regulators. 404 otherwise.
     */
    public Entry visible(UUID productId, Caller caller) {
        Entry entry = find(productId).orElseThrow(() -> new NotFound("No product " + productId));
        boolean party = entry.operatedBy(caller.organisation()) || caller.organisation().equals(entry.holderOrganisation());
        if (!entry.listed() && !party && !caller.has(Role.REGULATOR)) {
            throw new NotFound("No product " + productId);
        }
        return entry;
    }

    /** The product for an action of its operator: 404 unless visible, 403 unless the caller operates it. */
    public Entry operatedBy(UUID productId, Caller caller) {
        Entry entry = visible(productId, caller);
        if (!caller.has(Role.OPERATOR) || !entry.operatedBy(caller.organisation())) {
            throw new org.datadeed.platform.domain.Forbidden("Only the product's operator ("
                    + entry.operatorOrganisation() + ") may do this");
        }
        return entry;
    }

    public ProductFacts facts(Entry entry) {
        return new ProductFacts(entry.productId(), entry.name(), entry.operatorOrganisation(), entry.registrationStatus(),
                entry.validUntil(), entry.operatorOrganisation() != null, entry.classification(),
                entry.personalInformation(), entry.scenarios(), entry.terms());
    }

    /** The product's price rules, rebuilt from its recorded filings and schedules. */
    public ProductPricing pricing(UUID productId) {
        List<CeilingFiledEvent> filings = jdbc.sql("SELECT event FROM ceiling_filing WHERE product_id = :id ORDER BY filed_at, filing_id")
                .param("id", productId).query((rs, n) -> json.readValue(rs.getString(1), CeilingFiledEvent.class)).list();
        List<PriceScheduleSetEvent> schedules = schedules(productId);
        return ProductPricing.of(productId, filings, schedules);
    }

    public List<CeilingFiledEvent> filings(UUID productId) {
        return jdbc.sql("SELECT event FROM ceiling_filing WHERE product_id = :id ORDER BY filed_at DESC, filing_id")
                .param("id", productId).query((rs, n) -> json.readValue(rs.getString(1), CeilingFiledEvent.class)).list();
    }

    public List<PriceScheduleSetEvent> schedules(UUID productId) {
        return jdbc.sql("SELECT event FROM price_schedule WHERE product_id = :id ORDER BY version")
                .param("id", productId).query((rs, n) -> json.readValue(rs.getString(1), PriceScheduleSetEvent.class)).list();
    }

    /** Products operated by an organisation (for its reports). */
    public List<Entry> operatedBy(String organisation) {
        return jdbc.sql(SELECT + " WHERE c.operator_organisation = :org ORDER BY c.name, c.product_id")
                .param("org", organisation).query(this::entry).list();
    }

    /** Every listed product, for the DCAT export and the public disclosure. */
    public List<Entry> listed() {
        return jdbc.sql(SELECT + " WHERE c.listed ORDER BY c.name, c.product_id").query(this::entry).list();
    }

    /** Search with facets over the listed products; the facets count what the other filters leave. */
    public ProductPage search(String q, String industry, String scenario, UseCategory useCategory,
                              ChargingUnit chargingUnit, String minPrice, String maxPrice, boolean includeUnavailable,
                              int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE c.listed");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!includeUnavailable) {
            where.append(" AND c.registration_status = 'REGISTERED' AND o.terms IS NOT NULL"
                    + " AND (c.valid_until IS NULL OR c.valid_until >= :today)");
            params.put("today", policy.today(clock.instant()));
        }
        if (q != null && !q.isBlank()) {
            where.append(" AND (c.name ILIKE :q OR c.description ILIKE :q)");
            params.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (industry != null) {
            where.append(" AND c.industry = :industry");
            params.put("industry", industry);
        }
        if (scenario != null) {
            where.append(" AND :scenario = ANY (c.scenarios)");
            params.put("scenario", scenario);
        }
        if (useCategory != null) {
            where.append(" AND :useCategory = ANY (o.use_categories)");
            params.put("useCategory", useCategory.getValue());
        }
        if (chargingUnit != null) {
            where.append(" AND o.charging_unit = :unit");
            params.put("unit", chargingUnit.getValue());
        }
        if (minPrice != null) {
            where.append(" AND o.from_price >= :minPrice");
            params.put("minPrice", new BigDecimal(minPrice));
        }
        if (maxPrice != null) {
            where.append(" AND o.from_price <= :maxPrice");
            params.put("maxPrice", new BigDecimal(maxPrice));
        }
        String from = " FROM catalogue_entry c LEFT JOIN product_offer o ON o.product_id = c.product_id" + where;
        long total = jdbc.sql("SELECT count(*)" + from).params(params).query(Long.class).single();
        List<ProductSummary> items = jdbc.sql(SELECT + where + " ORDER BY c.name, c.product_id LIMIT :size OFFSET :offset")
                .params(params).param("size", size).param("offset", (long) page * size)
                .query(this::entry).list().stream().map(this::summary).toList();
        ProductPageFacets facets = new ProductPageFacets()
                .industry(facet("SELECT c.industry AS value, count(*)" + from + " AND c.industry IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1", params))
                .scenario(facet("SELECT s AS value, count(*)" + from.replace(" WHERE", ", unnest(c.scenarios) s WHERE") + " GROUP BY 1 ORDER BY 2 DESC, 1", params))
                .useCategory(facet("SELECT u AS value, count(*)" + from.replace(" WHERE", ", unnest(o.use_categories) u WHERE") + " GROUP BY 1 ORDER BY 2 DESC, 1", params))
                .chargingUnit(facet("SELECT o.charging_unit AS value, count(*)" + from + " AND o.charging_unit IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1", params))
                .priceRange(priceFacet(from, params));
        return new ProductPage().items(new ArrayList<>(items)).page(page).size(size).totalItems(total).facets(facets);
    }

    private List<Facet> facet(String sql, Map<String, Object> params) {
        return new ArrayList<>(jdbc.sql(sql).params(params)
                .query((rs, n) -> new Facet().value(rs.getString(1)).count(rs.getLong(2))).list());
    }

    /** The price-range facet in one query: each product counted in the band its "from" price falls in. */
    private List<Facet> priceFacet(String from, Map<String, Object> params) {
        StringBuilder band = new StringBuilder("CASE");
        for (int i = PRICE_BANDS.length - 1; i >= 0; i--) {
            band.append(" WHEN o.from_price >= ").append(PRICE_BANDS[i].toPlainString()).append(" THEN ").append(i);
        }
        band.append(" END");
        return new ArrayList<>(jdbc.sql("SELECT " + band + " AS band, count(*)" + from
                        + " AND o.from_price IS NOT NULL GROUP BY 1 ORDER BY 1")
                .params(params)
                .query((rs, n) -> {
                    int i = rs.getInt(1);
                    String upper = i == PRICE_BANDS.length - 1 ? "" : PRICE_BANDS[i + 1].toPlainString();
                    return new Facet().value(PRICE_BANDS[i].toPlainString() + "-" + upper).count(rs.getLong(2));
                })
                .list());
    }

    public ProductSummary summary(Entry entry) {
        LocalDate today = policy.today(clock.instant());
        return new ProductSummary().productId(entry.productId()).name(entry.name()).description(entry.description())
                .industry(entry.industry()).scenarios(new ArrayList<>(entry.scenarios()))
                .operatorOrganisation(entry.operatorOrganisation()).operatorName(entry.operatorName())
                .certificateNumber(entry.certificateNumber())
                .useCategories(entry.terms() == null ? new ArrayList<>() : new ArrayList<>(entry.terms().useCategories().stream().map(UseCategory::fromValue).toList()))
                .chargingUnit(entry.chargingUnit() == null ? null : ChargingUnit.fromValue(entry.chargingUnit()))
                .fromPrice(entry.fromPrice() == null ? null : money(entry.fromPrice()))
                .licensable(entry.unavailableReason(today).isEmpty())
                .registrationStatus(entry.registrationStatus());
    }

    static String money(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() <= 2 ? amount.setScale(2, java.math.RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    private Entry entry(ResultSet rs, int row) throws SQLException {
        String terms = rs.getString(16);
        Integer version = (Integer) rs.getObject(17);
        return new Entry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                Arrays.asList((String[]) rs.getArray(5).getArray()), rs.getString(6), rs.getBoolean(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getObject(13, LocalDate.class),
                rs.getBoolean(14), json.readValue(rs.getString(15), new TypeReference<List<CatalogueRight>>() { }),
                terms == null ? null : json.readValue(terms, ProductTermsSpec.class), version, rs.getString(18),
                rs.getBigDecimal(19));
    }
}
