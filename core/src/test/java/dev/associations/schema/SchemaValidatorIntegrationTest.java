package dev.associations.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.Problem;
import dev.associations.metadata.ForeignKeyMetadata;
import dev.associations.registry.AssociationRegistry;
import dev.associations.testsupport.DatabaseKind;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** The validator against live schemas, untouched and changed by hand. */
class SchemaValidatorIntegrationTest {

  @OnEachDatabase
  void findsNothingOnAFreshSchema(TestDatabase db) {
    for (AssociationRegistry registry :
        new AssociationRegistry[] {
          Registries.faq(),
          Registries.orders(),
          Registries.actions(),
          Registries.cycle(),
          Registries.players()
        }) {
      SchemaGenerator generator = new SchemaGenerator(registry, db.dialect());
      generator.create(db.dataSource());

      assertThat(new SchemaValidator(registry).validate(db.dataSource())).isEmpty();
      generator.drop(db.dataSource());
    }
  }

  @OnEachDatabase
  void reportsMissingTables(TestDatabase db) {
    AssociationRegistry registry = Registries.faq();
    new SchemaGenerator(registry, db.dialect()).create(db.dataSource());
    db.jdbc().execute("DROP TABLE people_children");

    assertThat(new SchemaValidator(registry).validate(db.dataSource()))
        .containsExactly(
            new Problem(
                "people_children",
                "table is missing",
                "create it by a migration (SchemaGenerator's createScript() has its CREATE TABLE), or"
                    + " change the models so that they no longer declare it"));
  }

  @OnEachDatabase
  void reportsAForeignKeyDroppedByHand(TestDatabase db) {
    AssociationRegistry registry = Registries.faq();
    new SchemaGenerator(registry, db.dialect()).create(db.dataSource());
    ForeignKeyMetadata owner = Registries.foreignKey(registry, "driving_licenses", "owner_id");
    dropForeignKey(db, owner);

    assertThat(new SchemaValidator(registry).validate(db.dataSource()))
        .extracting(SchemaValidatorIntegrationTest::difference)
        .containsExactly(
            "driving_licenses: foreign key driving_licenses (owner_id) -> people (id) ON DELETE CASCADE"
                + " ON UPDATE CASCADE is missing (expected as "
                + owner.constraintName()
                + ")");
  }

  /**
   * A live schema without the {@code UNIQUE} constraint of a HasOne's key (made by hand or by
   * migrations) would let a person have two licenses, which loads refuse: validation reports it.
   */
  @OnEachDatabase
  void reportsAUniqueConstraintDroppedByHand(TestDatabase db) {
    AssociationRegistry registry = Registries.faq();
    new SchemaGenerator(registry, db.dialect()).create(db.dataSource());
    ForeignKeyMetadata owner = Registries.foreignKey(registry, "driving_licenses", "owner_id");
    dropForeignKey(db, owner); // MariaDB keeps an index its foreign key needs
    db.jdbc()
        .execute(
            db.kind() == DatabaseKind.MARIADB
                ? "ALTER TABLE driving_licenses DROP INDEX uq_driving_licenses_owner_id"
                : "ALTER TABLE driving_licenses DROP CONSTRAINT uq_driving_licenses_owner_id");
    db.jdbc().execute("CREATE INDEX ix_by_hand ON driving_licenses (owner_id)");
    db.jdbc()
        .execute(
            "ALTER TABLE driving_licenses ADD CONSTRAINT "
                + owner.constraintName()
                + " FOREIGN KEY (owner_id) REFERENCES people (id) ON DELETE CASCADE ON UPDATE CASCADE");

    assertThat(new SchemaValidator(registry).validate(db.dataSource()))
        .extracting(SchemaValidatorIntegrationTest::difference)
        .containsExactly(
            "driving_licenses: unique constraint (owner_id) is missing (expected as "
                + "uq_driving_licenses_owner_id)");

    db.jdbc().execute("CREATE UNIQUE INDEX ux_by_hand ON driving_licenses (owner_id)");
    assertThat(new SchemaValidator(registry).validate(db.dataSource()))
        .as("any unique index will do")
        .isEmpty();
  }

  @OnEachDatabase
  void reportsOtherActionsExtraKeysAndThrowsListingThemAll(TestDatabase db) {
    AssociationRegistry registry = Registries.actions();
    new SchemaGenerator(registry, db.dialect()).create(db.dataSource());
    ForeignKeyMetadata cascade = Registries.foreignKey(registry, "cascade_members", "team_id");
    dropForeignKey(db, cascade);
    JdbcTemplate jdbc = db.jdbc();
    jdbc.execute(
        "ALTER TABLE cascade_members ADD CONSTRAINT fk_by_hand FOREIGN KEY (team_id)"
            + " REFERENCES teams (id) ON DELETE SET NULL ON UPDATE RESTRICT");
    jdbc.execute("ALTER TABLE set_null_members ADD COLUMN other_id BIGINT");
    jdbc.execute(
        "ALTER TABLE set_null_members ADD CONSTRAINT fk_extra FOREIGN KEY (other_id) REFERENCES teams (id)");
    SchemaValidator validator = new SchemaValidator(registry);

    assertThat(validator.validate(db.dataSource()))
        .extracting(SchemaValidatorIntegrationTest::difference)
        .containsExactly(
            "cascade_members: foreign key fk_by_hand (team_id) -> teams has ON DELETE SET NULL, expected CASCADE",
            "cascade_members: foreign key fk_by_hand (team_id) -> teams has ON UPDATE RESTRICT, expected CASCADE",
            "set_null_members: unexpected foreign key fk_extra (other_id) -> teams (id): the models declare none"
                + " on these columns");
    assertThatThrownBy(() -> validator.validateOrThrow(db.dataSource()))
        .isInstanceOf(SchemaValidationException.class)
        .hasMessage(
            """
            The database schema differs from the models in 3 places:
              cascade_members: foreign key fk_by_hand (team_id) -> teams has ON DELETE SET NULL, expected CASCADE\
             — migrate it to ON DELETE CASCADE, or set onDelete = SET_NULL on the association's @ForeignKey
              cascade_members: foreign key fk_by_hand (team_id) -> teams has ON UPDATE RESTRICT, expected CASCADE\
             — migrate it to ON UPDATE CASCADE, or set onUpdate = RESTRICT on the association's @ForeignKey
              set_null_members: unexpected foreign key fk_extra (other_id) -> teams (id): the models declare none\
             on these columns — drop it by a migration, or declare the association it stands for in the models""")
        .isInstanceOfSatisfying(
            SchemaValidationException.class,
            e -> assertThat(e.problems()).isEqualTo(validator.validate(db.dataSource())));
  }

  /** Every supported database reports RESTRICT and NO ACTION apart in its JDBC metadata. */
  @OnEachDatabase
  void tellsRestrictFromNoAction(TestDatabase db) {
    AssociationRegistry registry = Registries.actions();
    new SchemaGenerator(registry, db.dialect()).create(db.dataSource());
    ForeignKeyMetadata restrict = Registries.foreignKey(registry, "restrict_members", "team_id");
    ForeignKeyMetadata noAction = Registries.foreignKey(registry, "no_action_members", "team_id");
    dropForeignKey(db, restrict);
    dropForeignKey(db, noAction);
    JdbcTemplate jdbc = db.jdbc();
    jdbc.execute(
        "ALTER TABLE restrict_members ADD CONSTRAINT fk_r FOREIGN KEY (team_id)"
            + " REFERENCES teams (id) ON DELETE NO ACTION ON UPDATE CASCADE");
    jdbc.execute(
        "ALTER TABLE no_action_members ADD CONSTRAINT fk_n FOREIGN KEY (team_id)"
            + " REFERENCES teams (id) ON DELETE RESTRICT ON UPDATE CASCADE");

    assertThat(new SchemaValidator(registry).validate(db.dataSource()))
        .extracting(SchemaValidatorIntegrationTest::difference)
        .containsExactly(
            "restrict_members: foreign key fk_r (team_id) -> teams has ON DELETE NO ACTION, expected RESTRICT",
            "no_action_members: foreign key fk_n (team_id) -> teams has ON DELETE RESTRICT, expected NO ACTION");
  }

  @OnEachDatabase
  void reportsOtherReferencedColumns(TestDatabase db) {
    AssociationRegistry registry = Registries.of(KeyModels.Country.class, KeyModels.Address.class);
    new SchemaGenerator(registry, db.dialect()).create(db.dataSource());
    dropForeignKey(db, Registries.foreignKey(registry, "addresses", "country_code"));
    JdbcTemplate jdbc = db.jdbc();
    jdbc.execute("ALTER TABLE countries ADD CONSTRAINT uq_countries_name UNIQUE (name)");
    jdbc.execute(
        "ALTER TABLE addresses ADD CONSTRAINT fk_name FOREIGN KEY (country_code) REFERENCES countries (name)"
            + " ON DELETE SET NULL ON UPDATE CASCADE");

    assertThat(new SchemaValidator(registry).validate(db.dataSource()))
        .extracting(SchemaValidatorIntegrationTest::difference)
        .containsExactly(
            "addresses: foreign key fk_name (country_code) -> countries references (name), expected (code)");
  }

  /** A problem without its fix: {@code table: what differs}. */
  private static String difference(Problem problem) {
    return problem.location() + ": " + problem.problem();
  }

  private static void dropForeignKey(TestDatabase db, ForeignKeyMetadata fk) {
    db.jdbc().execute(db.dialect().dropForeignKey(fk.table(), fk.constraintName()));
  }
}
