package dev.associations.sample.league;

import dev.associations.repository.AssociationRepository;

/** Seasons, by their composite id. */
public interface SeasonRepository extends AssociationRepository<Season, SeasonId> {}
