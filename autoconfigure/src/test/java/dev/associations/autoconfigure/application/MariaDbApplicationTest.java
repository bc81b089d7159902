package dev.associations.autoconfigure.application;

import dev.associations.testsupport.DatabaseKind;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class MariaDbApplicationTest extends AssociationsApplicationTest {

  @RegisterExtension static final ClassDatabase DATABASE = new ClassDatabase(DatabaseKind.MARIADB);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DATABASE.register(registry);
  }

  @Override
  DatabaseKind kind() {
    return DATABASE.kind();
  }
}
