package org.datadeed.marketplace.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.CoreMatchers.equalTo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.datadeed.marketplace.messages.Actor;
import org.datadeed.marketplace.messages.AllocationSpec;
import org.datadeed.marketplace.messages.CostRecordedEvent;
import org.datadeed.marketplace.messages.RecordCostCommand;
import org.datadeed.marketplace.pricing.AccountingPeriod;
import org.datadeed.marketplace.pricing.CostComponent;
import org.datadeed.marketplace.pricing.CostEntry;
import org.datadeed.marketplace.pricing.CostLedger;
import org.datadeed.marketplace.pricing.Money;
import org.datadeed.marketplace.product.ProductPricing;
import org.datadeed.platform.domain.DomainRuleViolation;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The operator's cost ledger: each entry once, allocated by positive weights, each product once. */
class OperatorLedgerTest {

    private static final String OPERATOR_ORG = "org-port-ops";
    private static final Actor ACCOUNTANT = new Actor("ada", OPERATOR_ORG, "OPERATOR");
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final UUID ENTRY = UUID.fromString("00000000-0000-4000-8000-00000000e001");
    private static final UUID SECOND_ENTRY = UUID.fromString("00000000-0000-4000-8000-00000000e002");
    private static final UUID API = UUID.fromString("00000000-0000-4000-8000-00000000b001");
    private static final UUID INDEX = UUID.fromString("00000000-0000-4000-8000-00000000b002");
    private static final List<AllocationSpec> TWO_TO_ONE = List.of(new AllocationSpec(API, 2), new AllocationSpec(INDEX, 1));

    private AggregateTestFixture<OperatorLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OperatorLedger.class);
    }

    @Test
    void aCostIsRecordedWithItsAllocation() {
        fixture.givenNoPriorActivity().when(record(ENTRY, "STAFF", "120000.00", TWO_TO_ONE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(recorded(ENTRY, "STAFF", "120000.00", TWO_TO_ONE))
                .expectState(ledger -> assertThat(ledger).extracting("organisation").isEqualTo(OPERATOR_ORG));
    }

    @Test
    void furtherEntriesAreRecordedInTheSameLedger() {
        fixture.given(recorded(ENTRY, "STAFF", "120000.00", TWO_TO_ONE))
                .when(record(SECOND_ENTRY, "SECURITY", "8000.00", List.of(new AllocationSpec(API, 1))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(recorded(SECOND_ENTRY, "SECURITY", "8000.00", List.of(new AllocationSpec(API, 1))));
    }

    @Test
    void anEntryIsRecordedOnce() {
        fixture.given(recorded(ENTRY, "STAFF", "120000.00", TWO_TO_ONE))
                .when(record(ENTRY, "SECURITY", "8000.00", TWO_TO_ONE))
                .expectException(violating("duplicate-record")).expectNoEvents();
    }

    @ParameterizedTest(name = "share {0}")
    @ValueSource(ints = {0, -1})
    void everyAllocationShareIsAPositiveWeight(int share) {
        expectViolation(record(ENTRY, "STAFF", "100.00", List.of(new AllocationSpec(API, 1), new AllocationSpec(INDEX, share))),
                "no-allocation-weight");
    }

    @Test
    void aCostIsAllocatedToSomeProduct() {
        expectViolation(record(ENTRY, "STAFF", "100.00", List.of()), "no-allocation-weight");
    }

    @Test
    void eachProductIsAllocatedOnce() {
        expectViolation(record(ENTRY, "STAFF", "100.00", List.of(new AllocationSpec(API, 1), new AllocationSpec(INDEX, 1),
                new AllocationSpec(API, 3))), "duplicate-allocation");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0.00", "-5.00"})
    void aCostIsPositive(String amount) {
        expectViolation(record(ENTRY, "STAFF", amount, TWO_TO_ONE), "price-invalid");
    }

    @Test
    void aCostIsKeptToTheFen() {
        expectViolation(record(ENTRY, "STAFF", "100.005", TWO_TO_ONE), "price-invalid");
    }

    @Test
    void anUnknownCostComponentIsRefused() {
        expectViolation(record(ENTRY, "MARKETING", "100.00", TWO_TO_ONE), "price-invalid");
    }

    @Test
    void operationsAndMaintenanceIsRecordedUnderItsApiName() {
        fixture.givenNoPriorActivity().when(record(ENTRY, "OPERATIONS_AND_MAINTENANCE", "900.00", TWO_TO_ONE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(recorded(ENTRY, "OPERATIONS_AND_MAINTENANCE", "900.00", TWO_TO_ONE));
    }

    // ---------------------------------------------------------------- the engine's view

    @ParameterizedTest
    @EnumSource(CostComponent.class)
    void everyComponentHasAnApiNameThatMapsBack(CostComponent component) {
        assertThat(CostEntries.component(CostEntries.apiName(component))).isEqualTo(component);
    }

    @Test
    void theApiNamesDifferFromTheEnginesOnlyForOperationsAndMaintenance() {
        assertThat(CostEntries.apiName(CostComponent.OPERATION_AND_MAINTENANCE)).isEqualTo("OPERATIONS_AND_MAINTENANCE");
        assertThat(CostEntries.apiName(CostComponent.STAFF)).isEqualTo("STAFF");
    }

    @Test
    void aRecordedCostIsAnEngineEntryWeightedByItsShares() {
        CostEntry entry = CostEntries.entry(recorded(ENTRY, "STAFF", "120000.00", TWO_TO_ONE));

        assertThat(entry.id()).isEqualTo(ENTRY.toString());
        assertThat(entry.period()).isEqualTo(AccountingPeriod.ofYear(2025));
        assertThat(entry.component()).isEqualTo(CostComponent.STAFF);
        assertThat(entry.amount()).isEqualTo(Money.of("120000.00"));
        assertThat(entry.evidence()).isEqualTo("salaries 2025");
        assertThat(entry.allocation().weights()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                ProductPricing.productId(API), BigDecimal.valueOf(2), ProductPricing.productId(INDEX), BigDecimal.ONE));
    }

    @Test
    void aCostWithoutDescriptionIsDescribedByItsComponent() {
        CostRecordedEvent undescribed = new CostRecordedEvent(OPERATOR_ORG, ENTRY, 2025, "OPERATIONS_AND_MAINTENANCE",
                "900.00", " ", TWO_TO_ONE, ACCOUNTANT, NOW);
        assertThat(CostEntries.entry(undescribed).evidence()).isEqualTo("operation and maintenance");
    }

    @Test
    void theLedgerHoldsTheOperatorsEntries() {
        CostLedger ledger = CostEntries.ledger(OPERATOR_ORG, List.of(recorded(ENTRY, "STAFF", "120000.00", TWO_TO_ONE),
                recorded(SECOND_ENTRY, "SECURITY", "8000.00", TWO_TO_ONE)));
        assertThat(ledger.entries()).extracting(CostEntry::id).containsExactly(ENTRY.toString(), SECOND_ENTRY.toString());
    }

    // ================================================================ helpers

    private void expectViolation(RecordCostCommand command, String rule) {
        fixture.givenNoPriorActivity().when(command).expectException(violating(rule)).expectNoEvents();
    }

    private static Matcher<DomainRuleViolation> violating(String rule) {
        return new FeatureMatcher<>(equalTo(rule), "a violation of the rule", "rule") {
            @Override
            protected String featureValueOf(DomainRuleViolation actual) {
                return actual.rule();
            }
        };
    }

    private static RecordCostCommand record(UUID entry, String component, String amount, List<AllocationSpec> allocations) {
        return new RecordCostCommand(OPERATOR_ORG, entry, 2025, component, amount, "salaries 2025", allocations, ACCOUNTANT,
                NOW);
    }

    private static CostRecordedEvent recorded(UUID entry, String component, String amount, List<AllocationSpec> allocations) {
        return new CostRecordedEvent(OPERATOR_ORG, entry, 2025, component, amount, "salaries 2025", allocations, ACCOUNTANT,
                NOW);
    }
}
