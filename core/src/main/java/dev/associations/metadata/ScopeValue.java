package dev.associations.metadata;

/**
 * One value of an association's scope: every row of the association has {@code value} in {@code
 * attribute}, an attribute of the table holding the foreign key.
 *
 * @param value of the attribute's type
 */
public record ScopeValue(AttributeMetadata attribute, Object value) {}
