package dev.associations.autoconfigure;

import dev.associations.dialect.Dialect;
import dev.associations.registry.AssociationRegistry;
import dev.associations.schema.SchemaGenerator;
import dev.associations.schema.SchemaValidator;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;

/**
 * Creates the tables of the models at startup, per {@link SchemaMode}: those the database lacks,
 * validating those it has (so that a persistent database starts again), or all of them in {@link
 * SchemaMode#CREATE_DROP}, which drops them on close; writes the create script to a file when given
 * one. A database initializer: Spring's SQL scripts run after it.
 */
public class AssociationsSchemaInitializer implements InitializingBean, DisposableBean {

  private final AssociationRegistry registry;
  private final Dialect dialect;
  private final SchemaValidator validator;
  private final DataSource dataSource;
  private final SchemaMode mode;
  private final @Nullable Path ddlFile;

  /**
   * Generates and validates for this dialect, never asking the database for its own: the
   * auto-configuration gives it the one it resolved once for the data source.
   *
   * @param dialect the database's dialect; the registry's when the registry has one
   * @param ddlFile the file to write the create script to, or {@code null} for none
   * @throws IllegalArgumentException when the registry was checked against another dialect
   */
  public AssociationsSchemaInitializer(
      AssociationRegistry registry,
      Dialect dialect,
      DataSource dataSource,
      SchemaMode mode,
      @Nullable Path ddlFile) {
    this.registry = registry;
    this.dialect = dialect;
    this.validator = new SchemaValidator(registry, dialect);
    this.dataSource = dataSource;
    this.mode = mode;
    this.ddlFile = ddlFile;
  }

  @Override
  public void afterPropertiesSet() {
    boolean create =
        switch (mode) {
          case EMBEDDED -> EmbeddedDatabaseConnection.isEmbedded(dataSource);
          case CREATE, CREATE_DROP -> true;
          case VALIDATE, NONE -> false;
        };
    if (ddlFile != null) {
      generator().writeCreateScript(ddlFile);
    }
    if (mode == SchemaMode.CREATE_DROP) {
      generator().create(dataSource);
    } else if (create) {
      createMissingAndValidate();
    }
  }

  /**
   * Creates the tables the database lacks and validates those it has, so that an application on a
   * persistent database starts again: the tables it created before must still match the models.
   *
   * @throws dev.associations.schema.SchemaValidationException listing the differences
   */
  private void createMissingAndValidate() {
    List<String> created = generator().createMissing(dataSource);
    validator.validateOrThrow(dataSource);
    int kept = registry.models().size() + registry.joinTables().size() - created.size();
    logger.info(
        created.isEmpty()
            ? "All tables of the models exist and match them"
            : "Created the tables "
                + created
                + (kept > 0 ? "; the others exist and match the models" : ""));
  }

  private static final Log logger = LogFactory.getLog(AssociationsSchemaInitializer.class);

  @Override
  public void destroy() {
    if (mode == SchemaMode.CREATE_DROP) {
      generator().drop(dataSource);
    }
  }

  private SchemaGenerator generator() {
    return new SchemaGenerator(registry, dialect);
  }
}
