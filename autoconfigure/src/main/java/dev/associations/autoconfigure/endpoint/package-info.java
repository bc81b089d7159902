/** The {@code associations} actuator endpoint: models, associations, foreign keys and warnings. */
@NullMarked
package dev.associations.autoconfigure.endpoint;

import org.jspecify.annotations.NullMarked;
