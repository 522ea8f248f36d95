/**
 * Swedish NLP: sentences, tokens, UPOS tags and lemmas for governance text.
 *
 * <p>{@link org.govtrace.core.nlp.OpenNlpSentenceAnnotator#fromClasspath()} is the default annotator. Its models are
 * resources of this package, trained by {@code govtrace nlp-train --ud DIR --out DIR} ({@link
 * org.govtrace.core.nlp.NlpTrainer}) from UD Swedish-Talbanken (first-release training split and test split) and
 * UD Swedish-PUD, CC BY-SA 4.0 (see NOTICE); Talbanken's dev split is held out and scored by {@code govtrace
 * nlp-eval --ud DIR} ({@link org.govtrace.core.nlp.NlpEvaluation}), beside our own municipal gold set
 * ({@code gold-sv-municipal.conllu}).
 *
 * <ul>
 *   <li>Sentences: layout rules (blank lines, letterhead, headings, list items, a line ending in a colon) first,
 *       then OpenNLP's maximum-entropy sentence detector within each block, then rules that never end a sentence
 *       after a governance abbreviation, a bare list number, an initial inside a name, or before a lower-case word.
 *   <li>Tokens: OpenNLP's maximum-entropy tokenizer, with abbreviations and initials kept whole.
 *   <li>UPOS: an OpenNLP perceptron over our own features (affixes, shape, two words either side, the previous two
 *       tags, and each word's ambiguity class from a jackknifed training lexicon), decoded greedily; beam 3 gains
 *       0.02 points on dev at less than half the speed, so greedy is the default.
 *   <li>Lemmas: the treebanks' (form, tag) dictionary, abbreviations spelt out, compound heads, genitive -s, the
 *       adjective of a -t adverb, OpenNLP's statistical lemmatizer (its five best edit scripts, preferring one that
 *       lands on a known lemma), analogy with the dictionary word sharing the longest ending, and the form itself.
 * </ul>
 */
package org.govtrace.core.nlp;
