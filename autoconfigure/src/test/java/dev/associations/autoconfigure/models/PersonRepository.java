package dev.associations.autoconfigure.models;

import dev.associations.repository.AssociationRepository;

public interface PersonRepository extends AssociationRepository<Person, Long> {}
