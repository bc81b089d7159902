package dev.associations.metadata;

/**
 * One column of a foreign key: the attribute holding the value and the attribute it references.
 *
 * @param attribute the foreign key attribute ({@code DrivingLicense.ownerId})
 * @param referenced the referenced key attribute ({@code Person.id})
 */
public record KeyColumn(AttributeMetadata attribute, AttributeMetadata referenced) {}
