package dev.associations.benchmarks.model;

import dev.associations.repository.AssociationRepository;

public interface ChildRepository extends AssociationRepository<Child, Long> {}
