package dev.associations.registry;

import dev.associations.dialect.Dialect;
import dev.associations.naming.NamingStrategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Applies Sequelize's association rules to a set of model classes, step by step: reads the models
 * ({@link ModelReader}), declares their associations with inverses, keys and join tables ({@link
 * AssociationDeclarer}), settles the keys ({@link KeyResolver}) and the scopes ({@link
 * ScopeResolver}), checks the result ({@link DefinitionChecks}) and freezes it ({@link
 * RegistryAssembler}). Problems are collected on the way and reported together.
 */
final class AssociationResolver {

  private static final Log logger = LogFactory.getLog(AssociationRegistry.class);

  private final NamingStrategy naming;
  private final ForeignKeyDefaults defaults;
  private final @Nullable Dialect dialect;

  AssociationResolver(
      NamingStrategy naming, ForeignKeyDefaults defaults, @Nullable Dialect dialect) {
    this.naming = naming;
    this.defaults = defaults;
    this.dialect = dialect;
  }

  AssociationRegistry resolve(List<Class<?>> classes) {
    DefinitionProblems problems = new DefinitionProblems();
    List<String> warnings = new ArrayList<>();
    Map<Class<?>, ModelDraft> models = new LinkedHashMap<>();
    ModelReader reader = new ModelReader(naming, dialect, problems);
    for (Class<?> type : classes) {
      ModelDraft model = reader.read(type);
      if (model != null) {
        models.put(type, model);
      }
    }
    ScopeResolver scopes = new ScopeResolver(problems);
    JoinTables joinTables = new JoinTables(naming, models, problems);
    AssociationDeclarer declarer =
        new AssociationDeclarer(
            models,
            new KeyFactory(problems, defaults.constraints()),
            joinTables,
            new Inverses(problems, warnings),
            scopes,
            problems);
    for (ModelDraft model : models.values()) {
      for (AssociationDeclaration declaration : model.declarations) {
        declarer.declare(model, declaration);
      }
    }
    List<AssociationDraft> associations =
        models.values().stream().flatMap(m -> m.associations.values().stream()).toList();
    new KeyResolver(naming, defaults, dialect, problems).resolve(associations);
    // checks and scope resolution interleave: this order is the order of their problems in the
    // report
    DefinitionChecks checks = new DefinitionChecks(models.values(), problems);
    checks.primaryKeys();
    checks.defaultValues(associations);
    scopes.resolve(associations);
    checks.joinModelBookkeeping();
    joinTables.claimJoinRowFields(associations);
    checks.unclaimedFields(declarer::failed);
    checks.nameCollisions();
    checks.columnNames();
    checks.tableNames(associations);
    problems.throwIfAny();
    warnings.forEach(logger::warn);
    return new RegistryAssembler(naming, defaults, dialect, warnings)
        .assemble(List.copyOf(models.values()), associations);
  }
}
