package org.datadeed.marketplace.pricing;

/**
 * The cost components of the 2025 price formation notice. All except {@link #TAXES} make up operating cost in the
 * MAR; how taxes enter the MAR is set by {@link MarParameters#taxBase()}.
 */
public enum CostComponent {
    COLLECTION("collection"),
    GOVERNANCE("governance"),
    DEVELOPMENT("development"),
    OPERATION_AND_MAINTENANCE("operation and maintenance"),
    SECURITY("security"),
    COMPUTE_AND_STORAGE("compute and storage"),
    STAFF("staff"),
    DEPRECIATION("depreciation"),
    TAXES("taxes");

    private final String label;

    CostComponent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this component counts as operating cost (everything but taxes). */
    public boolean isOperatingCost() {
        return this != TAXES;
    }
}
