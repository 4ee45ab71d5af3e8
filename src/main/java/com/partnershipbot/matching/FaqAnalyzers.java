package com.partnershipbot.matching;

import java.io.IOException;
import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The English analysis chain for curated text and questions: standard tokens, lower case, ASCII
 * folding, stop words (English plus question words like "what" and "does"), Porter stemming.
 * The question side also expands the synonym groups from bot.yml.
 */
final class FaqAnalyzers {
  /** Words that say a question is a question, but not what it is about. */
  private static final List<String> QUESTION_WORDS = List.of(
      "what", "whats", "what's", "does", "do", "did", "done", "how", "why", "when", "who", "which", "where",
      "can", "could", "would", "should", "shall", "may", "might", "must", "i", "im", "i'm", "me", "my", "we",
      "our", "us", "you", "your", "yo", "hey", "hi", "hello", "pls", "please", "thanks", "thank", "about", "tell",
      "know", "any", "anything", "some", "something", "still", "now", "just", "really", "actually", "so", "has",
      "have", "had", "been", "being", "am", "were", "its", "it's", "than", "there", "here", "bit", "thing",
      "things", "stuff", "get", "got", "say", "said", "says", "explain", "ok", "okay", "also", "from", "up",
      "lol", "u", "ur", "re", "all", "per", "via", "more", "most", "very", "much", "like", "new", "one",
      "mean", "means", "meaning", "question", "wondering", "quick", "someone", "anyone", "team", "guys", "right");

  static final CharArraySet STOP_WORDS = stopWords();
  /**
   * Chat shorthand written as two short pieces joined by a semicolon or slash ("tl;dr", "w/o") is
   * read as one word, as it is usually also written ("tldr"), instead of two meaningless letters pairs.
   */
  private static final Pattern JOINED_SHORTHAND = Pattern.compile("\\b([A-Za-z]{1,3})[;/]([A-Za-z]{1,3})\\b");

  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;

  FaqAnalyzers(List<List<String>> synonymGroups) {
    this.indexAnalyzer = chain(null);
    this.queryAnalyzer = chain(synonymMap(synonymGroups));
  }

  Analyzer index() {
    return indexAnalyzer;
  }

  /** Analyzed terms of curated text, in order. */
  List<String> indexTerms(String text) {
    List<String> terms = new ArrayList<>();
    positions(indexAnalyzer, text).forEach(token -> terms.addAll(token.terms()));
    return terms;
  }

  /** Analyzed curated text with where each word stands in it. */
  List<Token> indexTokens(String text) {
    return positions(indexAnalyzer, text);
  }

  /**
   * Analyzed question: one token per word, with its alternatives. Synonyms carry the offsets of
   * the words they replace, so a multi-word synonym ("open ai" for "openai") joins its word
   * instead of adding words the question never had.
   */
  List<Token> questionTokens(String text) {
    return positions(queryAnalyzer, text);
  }

  /** The terms that may stand at one position of the text, and the characters they came from. */
  record Token(List<String> terms, int start, int end) {}

  private static List<Token> positions(Analyzer analyzer, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("q", new StringReader(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (tokens.isEmpty() || tokens.get(tokens.size() - 1).start() != offset.startOffset()) {
          tokens.add(new Token(new ArrayList<>(2), offset.startOffset(), offset.endOffset()));
        }
        List<String> terms = tokens.get(tokens.size() - 1).terms();
        String value = term.toString();
        if (!terms.contains(value)) {
          terms.add(value);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text held in memory cannot fail", e);
    }
    return tokens;
  }

  private static Analyzer chain(SynonymMap synonyms) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (synonyms != null) {
          stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(JOINED_SHORTHAND, "$1$2", reader);
      }
    };
  }

  private static SynonymMap synonymMap(List<List<String>> groups) {
    if (groups.isEmpty()) {
      return null;
    }
    SynonymMap.Builder builder = new SynonymMap.Builder(true);
    for (List<String> group : groups) {
      List<CharsRef> phrases = group.stream().filter(w -> w != null && !w.isBlank())
          .map(FaqAnalyzers::phrase).toList();
      for (CharsRef from : phrases) {
        for (CharsRef to : phrases) {
          if (!from.equals(to)) {
            builder.add(from, to, true);
          }
        }
      }
    }
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("building synonyms held in memory cannot fail", e);
    }
  }

  private static CharsRef phrase(String words) {
    String[] parts = words.toLowerCase(Locale.ROOT).strip().split("\\s+");
    return SynonymMap.Builder.join(parts, new CharsRefBuilder());
  }

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    set.addAll(QUESTION_WORDS);
    return CharArraySet.unmodifiableSet(set);
  }
}
