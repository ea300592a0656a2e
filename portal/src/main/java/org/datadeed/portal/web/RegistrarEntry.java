package org.datadeed.portal.web;

import java.util.ArrayList;
import java.util.List;

import org.datadeed.client.registry.model.Refusal;
import org.datadeed.client.registry.model.Registration;

/**
 * What the registrar entered for an action on a registration; carried unchanged from the form to the confirmation
 * page and back to the form when the registry refuses.
 */
public class RegistrarEntry {

    /** A corrected particular: its message key, what the record says, what it will say. */
    public record Correction(String field, String registered, String corrected) {
    }

    private String orderReference;
    private String issuingAuthority;
    private String orderSha256;
    private String orderFileName;
    private Refusal.GroundsEnum grounds;
    private String reason;
    private String name;
    private String description;
    private String updateFrequency;
    private String key;

    /** The particulars the registrar changed; unchanged ones are not sent, so they stay as registered. */
    public List<Correction> corrections(Registration registration) {
        List<Correction> corrections = new ArrayList<>();
        addIfChanged(corrections, "registration.name", registration.getName(), name);
        addIfChanged(corrections, "registration.description", registration.getDescription(), description);
        addIfChanged(corrections, "registration.updateFrequency", registration.getUpdateFrequency(), updateFrequency);
        return corrections;
    }

    private static void addIfChanged(List<Correction> corrections, String field, String registered, String entered) {
        String corrected = entered == null || entered.isBlank() ? null : entered.strip();
        if (corrected != null && !corrected.equals(registered == null ? null : registered.strip())) {
            corrections.add(new Correction(field, registered, corrected));
        }
    }

    public String getOrderReference() {
        return orderReference;
    }

    public void setOrderReference(String orderReference) {
        this.orderReference = orderReference;
    }

    public String getIssuingAuthority() {
        return issuingAuthority;
    }

    public void setIssuingAuthority(String issuingAuthority) {
        this.issuingAuthority = issuingAuthority;
    }

    public String getOrderSha256() {
        return orderSha256;
    }

    public void setOrderSha256(String orderSha256) {
        this.orderSha256 = orderSha256;
    }

    public String getOrderFileName() {
        return orderFileName;
    }

    public void setOrderFileName(String orderFileName) {
        this.orderFileName = orderFileName;
    }

    public Refusal.GroundsEnum getGrounds() {
        return grounds;
    }

    public void setGrounds(Refusal.GroundsEnum grounds) {
        this.grounds = grounds;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getUpdateFrequency() {
        return updateFrequency;
    }

    public void setUpdateFrequency(String updateFrequency) {
        this.updateFrequency = updateFrequency;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
