package org.govtrace.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A program that uses govtrace sees only the exported packages: every govtrace type the facade takes, returns or
 * throws, and every type those types show in turn, must live in a package the module declaration exports.
 * Tests run on the class path, so the rule is read from module-info.java rather than from the runtime module.
 */
class FacadeSignatureTest {

  private static final Path MODULE_INFO = Path.of("src/main/java/module-info.java");
  private static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  @Test
  void everyTypeTheFacadeShowsLivesInAnExportedPackage() throws IOException {
    Set<String> exported = exportedPackages();
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : reachableFrom(GovTrace.class)) {
      if (!exported.contains(type.getPackageName())) {
        leaks.add(type.getName());
      }
    }
    assertEquals(List.of(), leaks, "the facade shows types of packages core does not export " + exported);
  }

  @Test
  void theEnginePackagesAreNotExported() throws IOException {
    Set<String> exported = exportedPackages();
    for (String engine : List.of("eval", "lineage", "compare", "trace", "report", "index", "nlp")) {
      assertFalse(exported.contains("org.govtrace.core." + engine), engine + " is exported: " + exported);
    }
  }

  private static Set<String> exportedPackages() throws IOException {
    Set<String> exported = new TreeSet<>();
    Matcher matcher = EXPORTS.matcher(Files.readString(MODULE_INFO, StandardCharsets.UTF_8));
    while (matcher.find()) {
      exported.add(matcher.group(1));
    }
    return exported;
  }

  // Walks public signatures (and record components) from the facade to every govtrace type they name.
  private static Set<Class<?>> reachableFrom(Class<?> root) {
    Set<Class<?>> seen = new HashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!type.getName().startsWith("org.govtrace.") || !seen.add(type)) {
        continue;
      }
      List<Type> shown = new ArrayList<>();
      if (type.getSuperclass() != null) {
        shown.add(type.getGenericSuperclass());
      }
      shown.addAll(List.of(type.getGenericInterfaces()));
      Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
          .filter(e -> Modifier.isPublic(e.getModifiers()) && !e.isSynthetic())
          .forEach(e -> shown.addAll(signature(e)));
      if (type.isRecord()) {
        for (RecordComponent c : type.getRecordComponents()) {
          shown.add(c.getGenericType());
        }
      }
      for (Class<?> nested : type.getDeclaredClasses()) {
        if (Modifier.isPublic(nested.getModifiers())) {
          shown.add(nested);
        }
      }
      shown.forEach(t -> classesIn(t, todo));
    }
    return seen;
  }

  private static List<Type> signature(Executable e) {
    List<Type> types = new ArrayList<>(List.of(e.getGenericParameterTypes()));
    types.addAll(List.of(e.getGenericExceptionTypes()));
    if (e instanceof Method m) {
      types.add(m.getGenericReturnType());
    }
    return types;
  }

  private static void classesIn(Type type, Deque<Class<?>> into) {
    switch (type) {
      case Class<?> c -> into.push(c.isArray() ? c.getComponentType() : c);
      case ParameterizedType p -> {
        classesIn(p.getRawType(), into);
        Stream.of(p.getActualTypeArguments()).forEach(a -> classesIn(a, into));
      }
      case GenericArrayType g -> classesIn(g.getGenericComponentType(), into);
      case WildcardType w -> {
        Stream.of(w.getUpperBounds()).forEach(b -> classesIn(b, into));
        Stream.of(w.getLowerBounds()).forEach(b -> classesIn(b, into));
      }
      default -> { }
    }
  }
}
