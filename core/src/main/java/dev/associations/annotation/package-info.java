/**
 * What users write on their model classes: {@link dev.associations.annotation.Model @Model}, the
 * key and attribute annotations, and the associations ({@link
 * dev.associations.annotation.HasOne @HasOne}, {@link
 * dev.associations.annotation.HasMany @HasMany}, {@link
 * dev.associations.annotation.BelongsTo @BelongsTo}, {@link
 * dev.associations.annotation.BelongsToMany @BelongsToMany}) with their options.
 */
@NullMarked
package dev.associations.annotation;

import org.jspecify.annotations.NullMarked;
