package io.purser;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Driver settings that the database URL does not carry. On PostgreSQL, {@code
 * reWriteBatchedInserts} sends a JDBC batch of inserts as multi-row statements instead of one
 * statement per row (the pipeline writes its messages, contacts and inbox rows in batches), unless
 * the URL already decides.
 *
 * <p>Prepared statements keep PostgreSQL's default plan caching: a generic plan made while a table
 * was empty (a sequential scan, which read 3,117 blocks a call in the pipeline's routing update
 * once the table had grown) is made again when the table is analysed, which {@link PostgresUpkeep}
 * sees to when the server's autovacuum is off. Planning every statement instead ({@code
 * plan_cache_mode = force_custom_plan}) was tried: it cost the console's queue page 2.3 ms of
 * database CPU a request at 100,000 conversations, and the pipeline's routing update takes 0.17 ms
 * a call without it once the tables are analysed.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  @Bean
  static BeanPostProcessor postgresDriverSettings() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari
            && hikari.getJdbcUrl() != null
            && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")
            && !hikari.getJdbcUrl().contains("reWriteBatchedInserts")) {
          hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
      }
    };
  }
}
