/** The supported attribute types and the rule that converts values to them (implementation). */
@NullMarked
package dev.associations.internal.metadata;

import org.jspecify.annotations.NullMarked;
