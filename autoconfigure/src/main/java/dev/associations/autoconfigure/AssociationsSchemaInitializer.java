package dev.associations.autoconfigure;

import dev.associations.dialect.Dialects;
import dev.associations.registry.AssociationRegistry;
import dev.associations.schema.SchemaGenerator;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;

/**
 * Creates the tables of the models at startup, per {@link SchemaMode}, and drops them on close in
 * {@link SchemaMode#CREATE_DROP}; writes the create script to a file when given one. A database
 * initializer: Spring's SQL scripts run after it.
 */
public class AssociationsSchemaInitializer implements InitializingBean, DisposableBean {

  private final AssociationRegistry registry;
  private final DataSource dataSource;
  private final SchemaMode mode;
  private final Path ddlFile;

  /**
   * @param ddlFile the file to write the create script to, or {@code null} for none
   */
  public AssociationsSchemaInitializer(AssociationRegistry registry, DataSource dataSource, SchemaMode mode,
      Path ddlFile) {
    this.registry = registry;
    this.dataSource = dataSource;
    this.mode = mode;
    this.ddlFile = ddlFile;
  }

  @Override
  public void afterPropertiesSet() {
    boolean create = switch (mode) {
      case EMBEDDED -> EmbeddedDatabaseConnection.isEmbedded(dataSource);
      case CREATE, CREATE_DROP -> true;
      case VALIDATE, NONE -> false;
    };
    if (ddlFile != null) {
      generator().writeCreateScript(ddlFile);
    }
    if (create) {
      generator().create(dataSource);
    }
  }

  @Override
  public void destroy() {
    if (mode == SchemaMode.CREATE_DROP) {
      generator().drop(dataSource);
    }
  }

  private SchemaGenerator generator() {
    return new SchemaGenerator(registry, Dialects.detect(dataSource));
  }
}
