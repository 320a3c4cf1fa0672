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
 * was empty is made again when the table is analysed ({@link PostgresUpkeep} sees to it when
 * autovacuum is off), which costs less than planning every statement ({@code force_custom_plan}).
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
