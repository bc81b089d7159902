package dev.associations.internal.execution;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.asm.ClassWriter;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

/**
 * Generates the code hand-written mapping has: for a model class a {@link RowInstantiator} ({@code
 * new Model()} and a {@code PUTFIELD} per field), for an association's field a {@link FieldWriter};
 * no reflection per row. Each class is a hidden class in the model's nest, so it reaches private
 * fields and constructors as the model itself does. Where that is not possible (the model's package
 * is not open to this library, or a field is declared by a superclass and not public) there is
 * none, and callers use reflection. A class is generated once per model class and field layout
 * (kept with the model class, so that it can be unloaded with it), however many registries,
 * repositories and plans ask.
 */
final class AccessorGenerator {

  private static final ClassValue<Map<Object, Optional<?>>> GENERATED =
      new ClassValue<>() {
        @Override
        protected Map<Object, Optional<?>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  private static final String INSTANTIATOR = Type.getInternalName(RowInstantiator.class);
  private static final String WRITER = Type.getInternalName(FieldWriter.class);

  private AccessorGenerator() {}

  /** A writer of this field, of a class that declares it or inherits it. */
  @SuppressWarnings("unchecked")
  static Optional<FieldWriter> writer(Class<?> type, Field field) {
    return (Optional<FieldWriter>)
        GENERATED
            .get(type)
            .computeIfAbsent(
                field,
                f ->
                    !generatable(type, field)
                        ? Optional.empty()
                        : define(type, FieldWriter.class, writerBytecode(type, field)));
  }

  private static byte[] writerBytecode(Class<?> type, Field field) {
    ClassWriter writer = newClass(type, "$$AssociationsWriter$" + field.getName(), WRITER);
    MethodVisitor method =
        writer.visitMethod(
            Opcodes.ACC_PUBLIC, "set", "(Ljava/lang/Object;Ljava/lang/Object;)V", null, null);
    method.visitCode();
    method.visitVarInsn(Opcodes.ALOAD, 1);
    method.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(type));
    method.visitVarInsn(Opcodes.ALOAD, 2);
    putField(method, field);
    method.visitInsn(Opcodes.RETURN);
    method.visitMaxs(0, 0);
    method.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }

  private static <T> Optional<T> define(Class<?> type, Class<T> kind, byte[] bytecode) {
    try {
      Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      Class<?> generated =
          lookup.defineHiddenClass(bytecode, true, Lookup.ClassOption.NESTMATE).lookupClass();
      return Optional.of(kind.cast(generated.getDeclaredConstructor().newInstance()));
    } catch (ReflectiveOperationException
        | SecurityException
        | IllegalArgumentException
        | LinkageError e) {
      return Optional.empty();
    }
  }

  /** A public final class in the model's package implementing the interface, with a constructor. */
  private static ClassWriter newClass(Class<?> type, String suffix, String implemented) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
    writer.visit(
        Opcodes.V17,
        Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC,
        Type.getInternalName(type) + suffix,
        null,
        "java/lang/Object",
        new String[] {implemented});
    MethodVisitor init = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
    init.visitCode();
    init.visitVarInsn(Opcodes.ALOAD, 0);
    init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    init.visitInsn(Opcodes.RETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();
    return writer;
  }

  /**
   * With the instance and the value on the stack: casts (or unboxes) the value and sets the field.
   */
  private static void putField(MethodVisitor method, Field field) {
    Class<?> fieldType = field.getType();
    if (fieldType.isPrimitive()) {
      Type boxed = Type.getType(MethodType.methodType(fieldType).wrap().returnType());
      method.visitTypeInsn(Opcodes.CHECKCAST, boxed.getInternalName());
      method.visitMethodInsn(
          Opcodes.INVOKEVIRTUAL,
          boxed.getInternalName(),
          fieldType.getName() + "Value",
          "()" + Type.getDescriptor(fieldType),
          false);
    } else if (fieldType != Object.class) {
      method.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(fieldType));
    }
    method.visitFieldInsn(
        Opcodes.PUTFIELD,
        Type.getInternalName(field.getDeclaringClass()),
        field.getName(),
        Type.getDescriptor(fieldType));
  }

  /**
   * An instantiator setting, from {@code values[offset + i]}, the field {@code fields[i]} where it
   * is not {@code null}.
   */
  @SuppressWarnings("unchecked")
  static Optional<RowInstantiator> instantiator(
      Class<?> type, Constructor<?> constructor, @Nullable Field[] fields) {
    if (Modifier.isAbstract(type.getModifiers())
        || constructor.getDeclaringClass() != type
        || !Arrays.stream(fields).allMatch(field -> field == null || generatable(type, field))) {
      return Optional.empty();
    }
    return (Optional<RowInstantiator>)
        GENERATED
            .get(type)
            .computeIfAbsent(
                Arrays.asList(fields),
                layout -> define(type, RowInstantiator.class, instantiatorBytecode(type, fields)));
  }

  /** Whether generated code in the class's nest can set the field: its own, or public. */
  private static boolean generatable(Class<?> type, Field field) {
    return !type.isHidden()
        && !type.isArray()
        && !type.isInterface()
        && !Modifier.isStatic(field.getModifiers())
        && !Modifier.isFinal(field.getModifiers())
        && (field.getDeclaringClass() == type
            || Modifier.isPublic(field.getModifiers())
                && Modifier.isPublic(field.getDeclaringClass().getModifiers()));
  }

  private static byte[] instantiatorBytecode(Class<?> type, @Nullable Field[] fields) {
    String owner = Type.getInternalName(type);
    ClassWriter writer = newClass(type, "$$AssociationsInstantiator", INSTANTIATOR);
    MethodVisitor method =
        writer.visitMethod(
            Opcodes.ACC_PUBLIC,
            "newInstance",
            "([Ljava/lang/Object;I)Ljava/lang/Object;",
            null,
            null);
    method.visitCode();
    method.visitTypeInsn(Opcodes.NEW, owner);
    method.visitInsn(Opcodes.DUP);
    method.visitMethodInsn(Opcodes.INVOKESPECIAL, owner, "<init>", "()V", false);
    method.visitVarInsn(Opcodes.ASTORE, 3);
    for (int i = 0; i < fields.length; i++) {
      Field field = fields[i];
      if (field == null) {
        continue;
      }
      Label skip = new Label();
      method.visitVarInsn(Opcodes.ALOAD, 1);
      method.visitVarInsn(Opcodes.ILOAD, 2);
      pushInt(method, i);
      method.visitInsn(Opcodes.IADD);
      method.visitInsn(Opcodes.AALOAD);
      method.visitVarInsn(Opcodes.ASTORE, 4);
      if (field.getType().isPrimitive()) {
        method.visitVarInsn(Opcodes.ALOAD, 4);
        method.visitJumpInsn(Opcodes.IFNULL, skip);
      }
      method.visitVarInsn(Opcodes.ALOAD, 3);
      method.visitVarInsn(Opcodes.ALOAD, 4);
      putField(method, field);
      method.visitLabel(skip);
    }
    method.visitVarInsn(Opcodes.ALOAD, 3);
    method.visitInsn(Opcodes.ARETURN);
    method.visitMaxs(0, 0);
    method.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }

  private static void pushInt(MethodVisitor method, int value) {
    if (value <= 5) {
      method.visitInsn(Opcodes.ICONST_0 + value);
    } else if (value <= Byte.MAX_VALUE) {
      method.visitIntInsn(Opcodes.BIPUSH, value);
    } else {
      method.visitIntInsn(Opcodes.SIPUSH, value);
    }
  }
}
