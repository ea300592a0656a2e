package org.datadeed.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.datadeed.platform.eventstore.EventStoreMigration;
import org.datadeed.platform.eventstore.EventStoreProperties;
import org.datadeed.platform.idempotency.IdempotencyFilter;
import org.datadeed.platform.idempotency.IdempotencyProperties;
import org.datadeed.platform.idempotency.IdempotencyStore;
import org.datadeed.platform.problem.ProblemAdvice;
import org.datadeed.platform.problem.Problems;
import org.datadeed.platform.security.CallerTokenConverter;
import org.datadeed.platform.security.CurrentCaller;
import org.datadeed.platform.security.ResourceServerSecurity;
import org.datadeed.platform.security.SecurityProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The plumbing every DataDeed service shares. A service gets it by depending on this module; it still writes its
 * own security rules (with {@link ResourceServerSecurity}) and its own migrations (beside the platform's in
 * {@code classpath:db/platform}). It orders itself after Boot 4's data source and transaction manager and before
 * Axon's JDBC and transaction configuration: Axon 4.13 names Boot 3's classes in its ordering, so by itself it would
 * be evaluated too early and configure neither an event store nor a transaction manager.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration"}, beforeName = {
        "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
        "org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
@EnableConfigurationProperties({SecurityProperties.class, IdempotencyProperties.class, EventStoreProperties.class})
@Import(ProblemAdvice.class)
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Every command and every subscribing handler runs in the Spring (JDBC) transaction that stores its events. */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /**
     * A failing event handler fails: the command that caused it (subscribing processors) rolls back, and a tracking
     * processor retries the batch instead of skipping an event. Read models are never silently wrong.
     */
    @Bean
    ConfigurerModule propagateHandlerErrors() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    CallerTokenConverter callerTokenConverter(SecurityProperties properties) {
        return new CallerTokenConverter(properties);
    }

    @Bean
    CurrentCaller currentCaller(SecurityProperties properties) {
        return new CurrentCaller(properties);
    }

    @Bean
    Problems problems(JsonMapper jsonMapper) {
        return new Problems(jsonMapper);
    }

    /**
     * Every service's JWT decoder verifies a token once and remembers it until it expires (tokens are stamped with the
     * wall clock, so the cache reads the wall clock, not the domain's).
     */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor verifiedTokenCache() {
        return new org.springframework.beans.factory.config.BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof org.springframework.security.oauth2.jwt.JwtDecoder decoder
                        && !(bean instanceof org.datadeed.platform.security.VerifiedTokenCache)
                        ? new org.datadeed.platform.security.VerifiedTokenCache(decoder, java.time.Clock.systemUTC(), 10_000)
                        : bean;
            }
        };
    }

    @Bean
    ResourceServerSecurity resourceServerSecurity(CallerTokenConverter converter, Problems problems) {
        return new ResourceServerSecurity(converter, problems);
    }

    @Bean
    IdempotencyStore idempotencyStore(JdbcClient jdbcClient, Clock clock) {
        return new IdempotencyStore(jdbcClient, clock);
    }

    /** Runs after Spring Security's filter chain (order -100), so the caller is known when the key is scoped. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, CurrentCaller caller,
                                                                Problems problems, IdempotencyProperties properties,
                                                                Clock clock, PlatformTransactionManager transactions) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(store, caller, problems, properties, clock, transactions));
        registration.setOrder(0);
        return registration;
    }

    @Bean
    RecurringTask<Void> idempotencyPurge(IdempotencyStore store, IdempotencyProperties properties) {
        return Tasks.recurring("idempotency-purge", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> store.purgeOlderThan(properties.retention()));
    }

    @Bean
    EventStoreMigration eventStoreMigration(DataSource dataSource, EventStoreProperties properties) {
        return new EventStoreMigration(dataSource, properties.schema());
    }

    /** Axon's JDBC engine on the shared store; depends on the migration so the tables exist first. */
    @Bean
    EventSchema eventSchema(EventStoreProperties properties, EventStoreMigration migration) {
        String schema = properties.schema() + ".";
        return EventSchema.builder()
                .eventTable(schema + "domain_event_entry")
                .snapshotTable(schema + "snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /** Tokens live in the service's own schema (the connection's search path). */
    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .associationValueEntryTable("association_value_entry")
                .revisionColumn("revision")
                .serializedSagaColumn("serialized_saga")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .sagaIdColumn("saga_id")
                .sagaTypeColumn("saga_type")
                .build());
    }

    /** Axon's Jackson 3 serializer may only instantiate classes from these packages. */
    @Bean
    Jackson3SerializerCustomizer axonJsonCustomizer(EventStoreProperties properties) {
        return builder -> {
            BasicPolymorphicTypeValidator.Builder validator = BasicPolymorphicTypeValidator.builder();
            properties.serializablePackages().forEach(validator::allowIfSubType);
            builder.polymorphicTypeValidator(validator.build());
        };
    }

    /**
     * The db-scheduler instance behind Axon's durable deadlines and the services' recurring jobs, in the service's
     * schema, on the same clock as the domain. It starts when the context is ready and stops before the data source
     * closes. Inside a Spring transaction it works on that transaction's connection: a deadline a command schedules
     * or cancels is stored or removed with the command's events, or not at all (on its own connection it was committed
     * before them, and stayed when the command rolled back).
     */
    @Bean
    Scheduler dbScheduler(DataSource dataSource, List<Task<?>> tasks, Clock clock) {
        List<Task<?>> oneTime = tasks.stream().filter(task -> !(task instanceof RecurringTask<?>)).toList();
        List<RecurringTask<?>> recurring = tasks.stream()
                .filter(task -> task instanceof RecurringTask<?>).<RecurringTask<?>>map(task -> (RecurringTask<?>) task).toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
                .clock(clock::instant)
                .startTasks(recurring)
                .pollingInterval(Duration.ofSeconds(1))
                .threads(4)
                .enableImmediateExecution()
                .build();
    }

    @Bean
    SmartLifecycle dbSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
