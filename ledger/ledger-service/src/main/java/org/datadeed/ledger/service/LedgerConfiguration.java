package org.datadeed.ledger.service;

import java.time.Clock;
import java.util.List;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.datadeed.ledger.core.anchor.CheckpointAnchor;
import org.datadeed.ledger.core.tlog.Witness;
import org.datadeed.ledger.core.tlog.WitnessState;
import org.datadeed.ledger.fabric.FabricAnchorConfig;
import org.datadeed.ledger.fabric.FabricCheckpointAnchor;
import org.datadeed.ledger.service.anchor.JdbcCheckpointAnchor;
import org.datadeed.ledger.service.log.EventFeed;
import org.datadeed.ledger.service.log.LogKeys;
import org.datadeed.platform.security.ResourceServerSecurity;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the log, its keys, the regulator's witness, the anchor and the audit API's security. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    /**
     * Checkpoint signatures, cosignatures and their verification use Bouncy Castle's Ed25519, eight to ten times
     * faster than the JDK 17 provider (the same signatures: Ed25519 is deterministic). Only ledger-core's Ed25519
     * uses it; Bouncy Castle is not registered as a JCA provider, so nothing else changes.
     */
    static {
        org.datadeed.ledger.core.note.Ed25519.useProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider());
    }

    @Bean
    EventFeed eventFeed(ConnectionProvider connections, TransactionManager transactions, EventSchema schema,
                        @Qualifier("eventSerializer") Serializer serializer, LedgerProperties properties) {
        return EventFeed.create(connections, transactions, schema, serializer, properties.batchSize());
    }

    @Bean
    LogKeys logKeys(LedgerProperties properties, Clock clock) {
        return LogKeys.load(properties.keyDirectory(), properties.origin(), properties.witnessName(), clock);
    }

    /** The regulator's witness: its own key, trusting only this log's key, remembering what it cosigned. */
    @Bean
    Witness regulatorWitness(LogKeys keys, WitnessState state, LedgerProperties properties) {
        return new Witness(keys.witness(), List.of(Witness.TrustedLog.of(properties.origin(), keys.log().verifier())), state);
    }

    @Bean
    @ConditionalOnProperty(name = "datadeed.ledger.anchor", havingValue = "local", matchIfMissing = true)
    CheckpointAnchor localAnchor(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        return new JdbcCheckpointAnchor(jdbc, transactions, "LocalDevelopmentAnchor", clock);
    }

    /**
     * Production: anchoring on Hyperledger Fabric through the Gateway, configured under
     * {@code datadeed.ledger.fabric.*} (endpoint, tls-root-cert, override-authority, msp-id, certificate, private-key,
     * channel, chaincode, deadlines, retry).
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "datadeed.ledger.anchor", havingValue = "fabric")
    CheckpointAnchor fabricAnchor(Environment environment) {
        FabricAnchorConfig config = Binder.get(environment).bind("datadeed.ledger.fabric", FabricAnchorConfig.class)
                .orElseThrow(() -> new IllegalStateException("datadeed.ledger.anchor=fabric needs datadeed.ledger.fabric.*"));
        return FabricCheckpointAnchor.connect(config);
    }

    /** The audit API is for regulators only; health is public. */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ResourceServerSecurity resourceServer) {
        resourceServer.configure(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit/**").hasRole("REGULATOR")
                        .anyRequest().denyAll());
        return http.build();
    }
}
