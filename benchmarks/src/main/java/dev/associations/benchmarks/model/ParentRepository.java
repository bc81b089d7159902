package dev.associations.benchmarks.model;

import dev.associations.repository.AssociationRepository;
import java.util.Collection;

public interface ParentRepository extends AssociationRepository<Parent, Long> {

  void setClubs(Long parent, Collection<Long> clubs);
}
