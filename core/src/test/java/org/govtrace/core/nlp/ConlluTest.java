package org.govtrace.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConlluTest {

  private static List<Conllu.Sentence> read(String text) throws Exception {
    return Conllu.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsLayoutPrefixFormsTagsAndLemmas() throws Exception {
    List<Conllu.Sentence> sentences = read("""
        # newdoc id = a
        # text = Nämnden beslutar.
        1\tNämnden\tnämnd\tNOUN\t_\t_\t_\t_\t_\t_
        2\tbeslutar\tbesluta\tVERB\t_\t_\t_\t_\t_\tSpaceAfter=No
        3\t.\t.\tPUNCT\t_\t_\t_\t_\t_\t_

        # newline
        # prefix = •
        # text = Mer resurser
        1\tMer\tmycken\tADJ\t_\t_\t_\t_\t_\t_
        2\tresurser\tresurs\tNOUN\t_\t_\t_\t_\t_\t_
        """);
    assertEquals(2, sentences.size());
    assertEquals(Conllu.Layout.DOCUMENT, sentences.get(0).layout());
    assertEquals(List.of("nämnd", "besluta", "."), sentences.get(0).lemmas());
    assertEquals(Conllu.Layout.LINE, sentences.get(1).layout());
    assertEquals("• ", sentences.get(1).prefix());
    assertEquals(List.of("ADJ", "NOUN"), sentences.get(1).upos());
  }

  @Test
  void setsPunctuationTheSwedishWayWhenATreebankGivesNoText() throws Exception {
    List<Conllu.Sentence> sentences = read("""
        1\tDet\t_\tPRON\t_\t_\t_\t_\t_\t_
        2\tgäller\t_\tVERB\t_\t_\t_\t_\t_\t_
        3\t(\t_\tPUNCT\t_\t_\t_\t_\t_\t_
        4\tbl.a.\t_\tADV\t_\t_\t_\t_\t_\t_
        5\tskolor\t_\tNOUN\t_\t_\t_\t_\t_\t_
        6\t)\t_\tPUNCT\t_\t_\t_\t_\t_\t_
        7\t.\t_\tPUNCT\t_\t_\t_\t_\t_\t_
        """);
    assertEquals("Det gäller (bl.a. skolor).", sentences.get(0).text());
  }
}
