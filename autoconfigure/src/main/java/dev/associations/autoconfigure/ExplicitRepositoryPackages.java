package dev.associations.autoconfigure;

import java.util.Set;

/**
 * The packages one {@link EnableAssociationRepositories} named, registered as a bean so that the
 * auto-configuration scans no other packages, even when these hold no repositories.
 *
 * @param packages the scanned packages
 */
record ExplicitRepositoryPackages(Set<String> packages) {}
