/**
 * Word-level helpers behind the naming strategy: inflection (singular and plural) and constraint
 * names (implementation).
 */
@NullMarked
package dev.associations.internal.naming;

import org.jspecify.annotations.NullMarked;
