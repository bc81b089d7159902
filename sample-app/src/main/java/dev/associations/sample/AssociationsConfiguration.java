package dev.associations.sample;

import dev.associations.dialect.Dialects;
import dev.associations.registry.AssociationRegistry;
import dev.associations.schema.SchemaGenerator;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the registry and creates the schema on the embedded database. The starter's
 * auto-configuration will do this by itself; until then it is spelled out here.
 */
@Configuration(proxyBeanMethods = false)
class AssociationsConfiguration {

  @Bean
  AssociationRegistry associationRegistry(DataSource dataSource) {
    return AssociationRegistry.builder()
        .dialect(Dialects.detect(dataSource))
        .addModels(Person.class, DrivingLicense.class)
        .build();
  }

  @Bean
  SchemaGenerator schemaGenerator(AssociationRegistry registry, DataSource dataSource) {
    SchemaGenerator generator = new SchemaGenerator(registry, Dialects.detect(dataSource));
    generator.create(dataSource);
    return generator;
  }
}
