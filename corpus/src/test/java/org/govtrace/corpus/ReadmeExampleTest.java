package org.govtrace.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Use govtrace from Java" example, compiled as a module that requires {@code org.govtrace.core}
 * (so it can see the exported packages and nothing else) and run on the bundled corpus: the README cannot drift
 * from the code.
 */
class ReadmeExampleTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Pattern JAVA_BLOCK =
      Pattern.compile("## Use govtrace from Java.*?```java\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path work;

  @Test
  void readmeExampleCompilesAgainstTheExportedPackagesAlone() throws IOException {
    compileExample();
  }

  @Test
  void readmeExampleAnswersOnTheBundledCorpus() throws Exception {
    Path classes = compileExample();
    Path documents = Files.createDirectories(work.resolve("documents"));
    new SampleCorpus().copyTo(documents);
    String output = run(classes, documents, work.resolve("index"));
    assertTrue(output.contains("RESOURCE_CONCERN"), "the analysed sentence should raise a resource concern:\n" + output);
    assertTrue(output.matches("(?s).*raised a resource concern.*"), "some board should raise one:\n" + output);
    assertTrue(output.lines().anyMatch(line -> line.startsWith("KEPT ")), "the plan keeps some of the strategy's duties:\n" + output);
  }

  private Path compileExample() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher block = JAVA_BLOCK.matcher(readme);
    assertTrue(block.find(), "README.md needs a ```java block under '## Use govtrace from Java'");
    Path sources = Files.createDirectories(work.resolve("src/readme.example/example"));
    Files.writeString(sources.resolve("GovTraceExample.java"), block.group(1));
    Path moduleInfo = work.resolve("src/readme.example/module-info.java");
    Files.writeString(moduleInfo, "module readme.example { requires org.govtrace.core; }\n");
    Path classes = Files.createDirectories(work.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<String> options =
        List.of(
            "--module-path", modulePath(),
            "-d", classes.toString(),
            "-Xlint:all,-requires-automatic,-module");
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      compiled =
          javac
              .getTask(diagnostics, files, null, options, null,
                  files.getJavaFileObjects(moduleInfo, sources.resolve("GovTraceExample.java")))
              .call();
    }
    assertEquals("", compiled ? "" : diagnostics.toString(), "the README example must compile against org.govtrace.core's exports");
    return classes;
  }

  /**
   * {@code org.govtrace.core} and the modules it requires, found on the test class path. Only these go on the
   * module path: the rest of the class path (Tika's many parser jars among them) shares packages between jars,
   * which a module path does not allow.
   */
  private static String modulePath() {
    Map<String, ModuleReference> modules = new HashMap<>();
    Map<String, Path> locations = new HashMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path location = Path.of(entry);
      try {
        ModuleFinder.of(location).findAll().forEach(module -> {
          modules.putIfAbsent(module.descriptor().name(), module);
          locations.putIfAbsent(module.descriptor().name(), location);
        });
      } catch (FindException notAModule) {
        // A jar whose file name gives no valid module name cannot be required anyway.
      }
    }
    Set<String> required = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>(List.of("org.govtrace.core"));
    while (!pending.isEmpty()) {
      String name = pending.pop();
      if (modules.containsKey(name) && required.add(name)) {
        modules.get(name).descriptor().requires().forEach(requires -> pending.push(requires.name()));
      }
    }
    assertTrue(required.contains("org.govtrace.core"), "org.govtrace.core is not on the test class path");
    return required.stream().map(locations::get).map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private static String run(Path classes, Path documents, Path index) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReadmeExampleTest.class.getClassLoader())) {
      Method main = loader.loadClass("example.GovTraceExample").getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[] {
          documents.toString(), index.toString(),
          "strategi-romsk-inkludering-2018.pdf", "handlingsplan-romsk-inkludering-2025.docx"});
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
