package dev.associations.sample.league;

import dev.associations.repository.AssociationRepository;

public interface GameRepository extends AssociationRepository<Game, Long> {}
