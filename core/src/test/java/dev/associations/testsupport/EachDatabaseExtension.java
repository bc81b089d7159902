package dev.associations.testsupport;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** One invocation of an {@link OnEachDatabase} test per database. */
final class EachDatabaseExtension implements TestTemplateInvocationContextProvider {

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return true;
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    return Arrays.stream(DatabaseKind.values()).map(Invocation::new);
  }

  private record Invocation(DatabaseKind kind) implements TestTemplateInvocationContext {

    @Override
    public String getDisplayName(int invocationIndex) {
      return kind.displayName();
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(new DatabaseLifecycle(kind));
    }
  }

  /** Opens the database before the test (skipping it when unavailable) and drops it after. */
  private static final class DatabaseLifecycle
      implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final DatabaseKind kind;
    private TestDatabase database;

    DatabaseLifecycle(DatabaseKind kind) {
      this.kind = kind;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
      database = kind.open();
    }

    @Override
    public void afterEach(ExtensionContext context) {
      if (database != null) {
        database.close();
      }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return database;
    }
  }
}
