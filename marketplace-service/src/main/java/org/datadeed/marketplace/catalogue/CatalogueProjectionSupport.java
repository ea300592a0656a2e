package org.datadeed.marketplace.catalogue;

import java.util.List;

/** What the marketplace's projections share when they write PostgreSQL. */
public final class CatalogueProjectionSupport {

    private CatalogueProjectionSupport() {
    }

    /** A PostgreSQL array literal of the values, quoted. */
    public static String textArray(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }
}
