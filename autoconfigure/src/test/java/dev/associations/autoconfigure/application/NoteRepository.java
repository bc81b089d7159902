package dev.associations.autoconfigure.application;

import dev.associations.repository.AssociationRepository;

public interface NoteRepository extends AssociationRepository<Note, Long> {}
