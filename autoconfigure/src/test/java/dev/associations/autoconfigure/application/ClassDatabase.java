package dev.associations.autoconfigure.application;

import dev.associations.testsupport.DatabaseKind;
import dev.associations.testsupport.TestDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh database of one kind for a whole test class, opened before its Spring context loads
 * (skipping the class, or failing it when databases are required, when the server is missing) and
 * dropped after the class.
 */
final class ClassDatabase implements BeforeAllCallback, AfterAllCallback {

  private final DatabaseKind kind;
  private TestDatabase database;

  ClassDatabase(DatabaseKind kind) {
    this.kind = kind;
  }

  DatabaseKind kind() {
    return kind;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    database = kind.open();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (database != null) {
      database.close();
    }
  }

  /** Points the application's {@code spring.datasource.*} at this database. */
  void register(DynamicPropertyRegistry registry) {
    database.springProperties().forEach((name, value) -> registry.add(name, () -> value));
  }
}
