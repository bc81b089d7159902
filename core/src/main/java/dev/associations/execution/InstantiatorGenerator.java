package dev.associations.execution;

import dev.associations.internal.RowInstantiator;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.springframework.asm.ClassWriter;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

/**
 * Generates, for one model class, a {@link RowInstantiator} that does what hand-written code does:
 * {@code new Model()} and a {@code PUTFIELD} per field, with no reflection per row. The class is a
 * hidden class in the model's nest, so it reaches private fields and constructors as the model
 * itself does. Where that is not possible (the model's package is not open to this library, or a
 * field is declared by a superclass and not public) there is none, and callers use reflection.
 */
final class InstantiatorGenerator {

  private static final String INSTANTIATOR = Type.getInternalName(RowInstantiator.class);

  private InstantiatorGenerator() {
  }

  /**
   * An instantiator setting, from {@code values[offset + i]}, the field {@code fields[i]} where it
   * is not {@code null}.
   */
  static Optional<RowInstantiator> generate(Class<?> type, Constructor<?> constructor, Field[] fields) {
    if (!generatable(type, constructor, fields)) {
      return Optional.empty();
    }
    try {
      Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      Class<?> generated = lookup.defineHiddenClass(bytecode(type, fields), true, Lookup.ClassOption.NESTMATE)
          .lookupClass();
      return Optional.of((RowInstantiator) generated.getDeclaredConstructor().newInstance());
    } catch (ReflectiveOperationException | SecurityException | IllegalArgumentException | LinkageError e) {
      return Optional.empty();
    }
  }

  /** Whether generated code can do everything: the fields are the model's own, or public. */
  private static boolean generatable(Class<?> type, Constructor<?> constructor, Field[] fields) {
    if (type.isHidden() || type.isArray() || Modifier.isAbstract(type.getModifiers())
        || type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())
        || constructor.getDeclaringClass() != type) {
      return false;
    }
    for (Field field : fields) {
      if (field != null && (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())
          || field.getDeclaringClass() != type && !(Modifier.isPublic(field.getModifiers())
              && Modifier.isPublic(field.getDeclaringClass().getModifiers())))) {
        return false;
      }
    }
    return true;
  }

  private static byte[] bytecode(Class<?> type, Field[] fields) {
    String owner = Type.getInternalName(type);
    String name = owner + "$$AssociationsInstantiator";
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
    writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC, name, null,
        "java/lang/Object", new String[] {INSTANTIATOR});

    MethodVisitor init = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
    init.visitCode();
    init.visitVarInsn(Opcodes.ALOAD, 0);
    init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    init.visitInsn(Opcodes.RETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();

    MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC, "newInstance", "([Ljava/lang/Object;I)Ljava/lang/Object;",
        null, null);
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
      Class<?> fieldType = field.getType();
      String fieldOwner = Type.getInternalName(field.getDeclaringClass());
      Label skip = new Label();
      method.visitVarInsn(Opcodes.ALOAD, 1);
      method.visitVarInsn(Opcodes.ILOAD, 2);
      pushInt(method, i);
      method.visitInsn(Opcodes.IADD);
      method.visitInsn(Opcodes.AALOAD);
      method.visitVarInsn(Opcodes.ASTORE, 4);
      if (fieldType.isPrimitive()) {
        method.visitVarInsn(Opcodes.ALOAD, 4);
        method.visitJumpInsn(Opcodes.IFNULL, skip);
      }
      method.visitVarInsn(Opcodes.ALOAD, 3);
      method.visitVarInsn(Opcodes.ALOAD, 4);
      if (fieldType.isPrimitive()) {
        Type boxed = Type.getType(box(fieldType));
        method.visitTypeInsn(Opcodes.CHECKCAST, boxed.getInternalName());
        method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, boxed.getInternalName(), fieldType.getName() + "Value",
            "()" + Type.getDescriptor(fieldType), false);
      } else if (fieldType != Object.class) {
        method.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(fieldType));
      }
      method.visitFieldInsn(Opcodes.PUTFIELD, fieldOwner, field.getName(), Type.getDescriptor(fieldType));
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

  private static Class<?> box(Class<?> primitive) {
    return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
  }
}
