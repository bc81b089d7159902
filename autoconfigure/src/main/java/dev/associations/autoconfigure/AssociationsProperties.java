package dev.associations.autoconfigure;

import dev.associations.annotation.ReferentialAction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of Associations for Spring, bound from {@code associations.*}. */
@ConfigurationProperties("associations")
public class AssociationsProperties {

  /**
   * Packages scanned for @Model classes. When empty, the auto-configuration packages (those of
   * the @SpringBootApplication class) are scanned.
   */
  private List<String> modelPackages = new ArrayList<>();

  private final ForeignKeys foreignKeys = new ForeignKeys();

  private final Naming naming = new Naming();

  private final Repositories repositories = new Repositories();

  private final Schema schema = new Schema();

  public List<String> getModelPackages() {
    return modelPackages;
  }

  public void setModelPackages(List<String> modelPackages) {
    this.modelPackages = modelPackages;
  }

  public ForeignKeys getForeignKeys() {
    return foreignKeys;
  }

  public Naming getNaming() {
    return naming;
  }

  public Repositories getRepositories() {
    return repositories;
  }

  public Schema getSchema() {
    return schema;
  }

  /** Actions of foreign keys whose association leaves them at DEFAULT. */
  public static class ForeignKeys {

    /** ON DELETE action of a nullable foreign key. */
    private ReferentialAction onDeleteWhenNullable = ReferentialAction.SET_NULL;

    /** ON DELETE action of a NOT NULL foreign key; cannot be SET_NULL. */
    private ReferentialAction onDeleteWhenNotNull = ReferentialAction.CASCADE;

    /** ON UPDATE action of every foreign key. */
    private ReferentialAction onUpdate = ReferentialAction.CASCADE;

    /** Whether REFERENCES constraints are emitted; false emits none for any association. */
    private boolean constraints = true;

    public ReferentialAction getOnDeleteWhenNullable() {
      return onDeleteWhenNullable;
    }

    public void setOnDeleteWhenNullable(ReferentialAction onDeleteWhenNullable) {
      this.onDeleteWhenNullable = onDeleteWhenNullable;
    }

    public ReferentialAction getOnDeleteWhenNotNull() {
      return onDeleteWhenNotNull;
    }

    public void setOnDeleteWhenNotNull(ReferentialAction onDeleteWhenNotNull) {
      this.onDeleteWhenNotNull = onDeleteWhenNotNull;
    }

    public ReferentialAction getOnUpdate() {
      return onUpdate;
    }

    public void setOnUpdate(ReferentialAction onUpdate) {
      this.onUpdate = onUpdate;
    }

    public boolean isConstraints() {
      return constraints;
    }

    public void setConstraints(boolean constraints) {
      this.constraints = constraints;
    }
  }

  /** How model and attribute names become table and column names. */
  public static class Naming {

    /** Whether table and column names are snake_case (owner_id) rather than verbatim (ownerId). */
    private boolean underscored = true;

    /** Whether table names are plural (people) rather than the singular model name (person). */
    private boolean pluralTableNames = true;

    public boolean isUnderscored() {
      return underscored;
    }

    public void setUnderscored(boolean underscored) {
      this.underscored = underscored;
    }

    public boolean isPluralTableNames() {
      return pluralTableNames;
    }

    public void setPluralTableNames(boolean pluralTableNames) {
      this.pluralTableNames = pluralTableNames;
    }
  }

  /** Repository beans. */
  public static class Repositories {

    /**
     * Whether interfaces extending AssociationRepository (in the auto-configuration packages or
     * those of @EnableAssociationRepositories) are registered as beans.
     */
    private boolean enabled = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** Schema handling at startup and shutdown. */
  public static class Schema {

    /**
     * What happens to the tables of the models: created for embedded databases only, always
     * created, created and dropped on shutdown, validated against the live foreign keys and unique
     * constraints, or left alone.
     */
    private SchemaMode mode = SchemaMode.EMBEDDED;

    /**
     * File the CREATE statements for the application's database are written to at startup, whatever
     * the mode, as a starting point for Flyway or Liquibase migrations. Not written when unset.
     */
    private @Nullable Path ddlFile;

    public SchemaMode getMode() {
      return mode;
    }

    public void setMode(SchemaMode mode) {
      this.mode = mode;
    }

    public @Nullable Path getDdlFile() {
      return ddlFile;
    }

    public void setDdlFile(@Nullable Path ddlFile) {
      this.ddlFile = ddlFile;
    }
  }
}
