package dev.associations.sample.league;

import dev.associations.repository.AssociationRepository;

public interface TeamRepository extends AssociationRepository<Team, Long> {}
