package org.govtrace.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govtrace.core.index.CorpusIndex;
import org.govtrace.core.index.IndexSession;
import org.govtrace.core.query.FileOutcome;
import org.govtrace.core.query.FileStatus;
import org.govtrace.core.query.IndexReport;
import org.govtrace.core.query.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovTraceIndexTest {

  @TempDir Path work;

  private Path write(String name, String text) throws IOException {
    Path file = work.resolve("corpus").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static Map<FileStatus, Long> counts(IndexReport report) {
    return Map.of(
        FileStatus.INDEXED, report.count(FileStatus.INDEXED),
        FileStatus.UNCHANGED, report.count(FileStatus.UNCHANGED),
        FileStatus.REPLACED, report.count(FileStatus.REPLACED),
        FileStatus.FAILED, report.count(FileStatus.FAILED),
        FileStatus.REMOVED, report.count(FileStatus.REMOVED));
  }

  @Test
  void indexesAFolderSkipsUnchangedFilesAndReplacesChangedOnes() throws IOException {
    write("farsta.txt", "Förvaltningen ser ett stort resursbehov för att kunna genomföra handlingsplanen.");
    Path social = write("social.txt", "Socialförvaltningen ställer sig bakom handlingsplanen.");
    write(".hidden/ignored.txt", "Denna fil ska inte indexeras.");
    try (GovTrace govtrace = GovTrace.builder().indexDirectory(work.resolve("index")).build()) {
      List<Integer> progress = new ArrayList<>();
      IndexReport first = govtrace.index(List.of(work.resolve("corpus")), (outcome, done, total) -> progress.add(done));
      assertEquals(Map.of(FileStatus.INDEXED, 2L, FileStatus.UNCHANGED, 0L, FileStatus.REPLACED, 0L, FileStatus.FAILED, 0L, FileStatus.REMOVED, 0L), counts(first));
      assertEquals(List.of(1, 2), progress);

      IndexReport second = govtrace.index(List.of(work.resolve("corpus")));
      assertEquals(Map.of(FileStatus.INDEXED, 0L, FileStatus.UNCHANGED, 2L, FileStatus.REPLACED, 0L, FileStatus.FAILED, 0L, FileStatus.REMOVED, 0L), counts(second));

      Files.writeString(social, "Socialförvaltningen efterfrågar resurser för uppdraget.", StandardCharsets.UTF_8);
      IndexReport third = govtrace.index(List.of(work.resolve("corpus")));
      assertEquals(Map.of(FileStatus.INDEXED, 0L, FileStatus.UNCHANGED, 1L, FileStatus.REPLACED, 1L, FileStatus.FAILED, 0L, FileStatus.REMOVED, 0L), counts(third));
      assertEquals(2, govtrace.stats().documents());
      assertEquals(0, govtrace.search(SearchRequest.of("bakom")).totalHits());
      assertEquals(2, govtrace.search(SearchRequest.of("resurs")).totalHits());
      assertNotNull(govtrace.show("social.txt"));

      Files.delete(social);
      IndexReport fourth = govtrace.index(List.of(work.resolve("corpus")));
      assertEquals(Map.of(FileStatus.INDEXED, 0L, FileStatus.UNCHANGED, 1L, FileStatus.REPLACED, 0L, FileStatus.FAILED, 0L, FileStatus.REMOVED, 1L), counts(fourth));
      assertEquals(1, govtrace.stats().documents());
      assertEquals(1, govtrace.search(SearchRequest.of("resurs")).totalHits());
    }
  }

  @Test
  void recordsAFailedFileAndGoesOnWithTheRest() throws IOException {
    write("tom.pdf", "");
    write("farsta.txt", "Förvaltningen ser ett stort resursbehov.");
    try (GovTrace govtrace = GovTrace.builder().indexDirectory(work.resolve("index")).build()) {
      IndexReport report = govtrace.index(List.of(work.resolve("corpus"), work.resolve("saknas.docx")));
      assertEquals(2, report.count(FileStatus.FAILED), report.toString());
      assertEquals(1, report.count(FileStatus.INDEXED), report.toString());
      for (FileOutcome failed : report.files().stream().filter(f -> f.status() == FileStatus.FAILED).toList()) {
        assertNotNull(failed.reason());
        assertTrue(failed.reason().contains(failed.file().getFileName().toString()), failed.reason());
      }
      assertEquals(1, govtrace.stats().documents());
    }
  }

  @Test
  void reanalysesEveryIndexedFileWhenThePipelineChanged() throws IOException {
    Path old = write("gammal.txt", "Nämnden efterfrågar resurser för arbetet.");
    Path fresh = write("ny.txt", "Förvaltningen välkomnar handlingsplanen.");
    try (GovTrace analyzer = GovTrace.builder().build();
        CorpusIndex index = new CorpusIndex(work.resolve("index"));
        IndexSession session = index.openSession("an-older-pipeline")) {
      session.put(analyzer.analyze(old), old.toString());
    }
    try (GovTrace govtrace = GovTrace.builder().indexDirectory(work.resolve("index")).build()) {
      IndexReport report = govtrace.index(List.of(fresh));
      assertEquals(Map.of(fresh, FileStatus.INDEXED, old, FileStatus.REPLACED),
          report.files().stream().collect(java.util.stream.Collectors.toMap(FileOutcome::file, FileOutcome::status)));
      assertEquals(2, govtrace.index(List.of(fresh, old)).count(FileStatus.UNCHANGED));
    }
  }

  @Test
  void oneInstanceServesSearchingThreadsWhileItIndexes() throws Exception {
    write("stabil.txt", "Förvaltningen ser ett stort resursbehov.");
    Path changing = write("växlar.txt", "Nämnden välkomnar planen.");
    try (GovTrace govtrace = GovTrace.builder().indexDirectory(work.resolve("index")).build()) {
      govtrace.index(List.of(work.resolve("corpus")));
      java.util.concurrent.atomic.AtomicBoolean indexing = new java.util.concurrent.atomic.AtomicBoolean(true);
      java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(3);
      List<java.util.concurrent.Future<Integer>> checks = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        checks.add(readers.submit(() -> {
          int done = 0;
          while (indexing.get()) {
            // The stable file never changes, so every search sees it exactly once, before, during and after commits.
            assertEquals(1, govtrace.search(SearchRequest.of("resursbehov")).totalHits());
            // The changing file is replaced atomically: a search sees its old or its new version, never both or none.
            assertEquals(1, govtrace.search(SearchRequest.of("välkomnar")).totalHits());

            assertEquals(2, govtrace.stats().documents());
            done++;
          }
          return done;
        }));
      }
      try {
        for (int round = 0; round < 4; round++) {
          Files.writeString(changing, "Nämnden välkomnar planen, version " + round + ".", StandardCharsets.UTF_8);
          assertEquals(1, govtrace.index(List.of(work.resolve("corpus"))).count(FileStatus.REPLACED));
        }
      } finally {
        indexing.set(false);
        readers.shutdown();
      }
      for (java.util.concurrent.Future<Integer> check : checks) {
        assertTrue(check.get(60, java.util.concurrent.TimeUnit.SECONDS) > 0);
      }
      assertEquals(1, govtrace.search(SearchRequest.of("version")).totalHits());
    }
  }

  @Test
  void aSecondIndexingThreadWaitsForTheFirstAndBothRunsLand() throws Exception {
    Path north = work.resolve("norr");
    Path south = work.resolve("söder");
    for (int i = 0; i < 3; i++) {
      Files.createDirectories(north);
      Files.createDirectories(south);
      Files.writeString(north.resolve("norr" + i + ".txt"), "Norra nämnden efterfrågar resurser, ärende " + i + ".", StandardCharsets.UTF_8);
      Files.writeString(south.resolve("söder" + i + ".txt"), "Södra nämnden välkomnar förslaget, ärende " + i + ".", StandardCharsets.UTF_8);
    }
    try (GovTrace govtrace = GovTrace.builder().indexDirectory(work.resolve("index")).threads(1).build()) {
      java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        java.util.concurrent.Future<IndexReport> first = writers.submit(() -> govtrace.index(List.of(north)));
        java.util.concurrent.Future<IndexReport> second = writers.submit(() -> govtrace.index(List.of(south)));
        assertEquals(3, first.get(60, java.util.concurrent.TimeUnit.SECONDS).count(FileStatus.INDEXED));
        assertEquals(3, second.get(60, java.util.concurrent.TimeUnit.SECONDS).count(FileStatus.INDEXED));
      } finally {
        writers.shutdown();
      }
      assertEquals(6, govtrace.stats().documents());
      assertEquals(3, govtrace.search(SearchRequest.of("efterfrågar")).totalHits());
      assertEquals(3, govtrace.search(SearchRequest.of("välkomnar")).totalHits());
    }
  }

  @Test
  void refusesIndexOperationsWithoutAnIndexDirectory() {

    try (GovTrace govtrace = GovTrace.builder().build()) {
      assertThrows(IllegalStateException.class, () -> govtrace.search(SearchRequest.of("resurser")));
    }
  }
}
