package dev.associations.repository;

import static dev.associations.repository.MixinOperation.ADD;
import static dev.associations.repository.MixinOperation.COUNT;
import static dev.associations.repository.MixinOperation.CREATE;
import static dev.associations.repository.MixinOperation.GET;
import static dev.associations.repository.MixinOperation.HAS;
import static dev.associations.repository.MixinOperation.REMOVE;
import static dev.associations.repository.MixinOperation.SET;

import dev.associations.metadata.Association;
import java.util.ArrayList;
import java.util.List;

/**
 * The mixins of associations, as Sequelize names its accessors: single associations {@code
 * get|set|create} + Name; multiple ones {@code get|set|count} + Plural, {@code
 * add|remove|has|create} + Singular and {@code add|remove|has} + Plural.
 */
final class MixinNames {

  private MixinNames() {}

  /** Every mixin of these associations, in association order. */
  static List<Mixin> of(List<Association> associations) {
    List<Mixin> mixins = new ArrayList<>();
    for (Association association : associations) {
      if (association.isMultiple()) {
        add(mixins, association, association.name(), true, GET, SET, COUNT);
        add(mixins, association, association.singular(), false, ADD, REMOVE, HAS, CREATE);
        add(mixins, association, association.name(), true, ADD, REMOVE, HAS);
      } else {
        add(mixins, association, association.name(), false, GET, SET, CREATE);
      }
    }
    return mixins;
  }

  private static void add(
      List<Mixin> mixins,
      Association association,
      String noun,
      boolean plural,
      MixinOperation... operations) {
    for (MixinOperation operation : operations) {
      mixins.add(
          new Mixin(
              operation.prefix() + Character.toUpperCase(noun.charAt(0)) + noun.substring(1),
              association,
              operation,
              plural));
    }
  }
}
