package org.datadeed.local.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A generated demo dataset: its bytes (the whole dataset the fingerprint covers), its record count, a sample of its
 * first records and the dictionary of its fields.
 *
 * @param fileName where it is written in the data folder, so its fingerprints can be recomputed
 *                 ({@code sha256sum}, {@code gmssl sm3})
 * @param header the header line (CSV), or null for JSON lines
 */
public record Dataset(String fileName, byte[] content, long records, String header, List<String> sampleLines,
                      List<Field> fields) {

    /** A field of the dataset, as the field dictionary describes it. */
    public record Field(String name, String nameZh, String type, String description) {
    }

    /** The sample: the header (if any) and the first records, exactly as they appear in the dataset. */
    public byte[] sample() {
        StringBuilder sample = new StringBuilder();
        if (header != null) {
            sample.append(header).append('\n');
        }
        sampleLines.forEach(line -> sample.append(line).append('\n'));
        return sample.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The field dictionary as CSV (UTF-8 with a byte order mark, so spreadsheet programs read the Chinese). */
    public byte[] dictionary(String note) {
        StringBuilder csv = new StringBuilder("\uFEFF字段名,中文名称,数据类型,说明\n");
        for (Field field : fields) {
            csv.append(field.name()).append(',').append(field.nameZh()).append(',').append(field.type()).append(',')
                    .append(quote(field.description())).append('\n');
        }
        if (note != null) {
            csv.append("# ").append(note).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public String sha256() {
        return Fingerprints.sha256(content);
    }

    public String sm3() {
        return Fingerprints.sm3(content);
    }

    public String sampleSha256() {
        return Fingerprints.sha256(sample());
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
