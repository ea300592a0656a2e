package org.datadeed.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class DemoDatasetsTest {

    private static final List<Supplier<Dataset>> ALL = List.of(DemoDatasets::hangzhouBusPassengerFlow,
            DemoDatasets::shenzhenMetroStationFlow, DemoDatasets::hangzhouParkingOccupancy,
            DemoDatasets::hangzhouEnterpriseElectricity, DemoDatasets::shenzhenBusCardJourneys);

    @Test
    void everyMachineGeneratesTheSameBytesSoTheFingerprintsAreStable() {
        for (Supplier<Dataset> dataset : ALL) {
            Dataset first = dataset.get();
            Dataset second = dataset.get();
            assertThat(first.sha256()).isEqualTo(second.sha256());
            assertThat(first.sm3()).isEqualTo(second.sm3()).hasSize(64).isNotEqualTo(first.sha256());
        }
    }

    @Test
    void theSampleIsTheStartOfTheDatasetAndTheCountIsTheNumberOfRecords() {
        for (Supplier<Dataset> supplier : ALL) {
            Dataset dataset = supplier.get();
            String content = new String(dataset.content(), StandardCharsets.UTF_8);
            assertThat(content).startsWith(new String(dataset.sample(), StandardCharsets.UTF_8));
            long lines = content.lines().count();
            assertThat(dataset.records()).isEqualTo(dataset.header() == null ? lines : lines - 1).isGreaterThan(1000);
            assertThat(dataset.sampleSha256()).isEqualTo(Fingerprints.sha256(dataset.sample()));
        }
    }

    @Test
    void theDictionaryDescribesEveryColumn() {
        for (Supplier<Dataset> supplier : ALL) {
            Dataset dataset = supplier.get();
            String dictionary = new String(dataset.dictionary(null), StandardCharsets.UTF_8);
            if (dataset.header() != null) {
                Arrays.stream(dataset.header().split(",")).forEach(column -> assertThat(dictionary).contains("\n" + column + ","));
                assertThat(dataset.fields()).hasSize(dataset.header().split(",").length);
            }
            String firstRecord = dataset.sampleLines().get(0);
            dataset.fields().forEach(field -> assertThat(dataset.header() != null || firstRecord.contains("\"" + field.name() + "\""))
                    .as(field.name()).isTrue());
        }
    }
}
