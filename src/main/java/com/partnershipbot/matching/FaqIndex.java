package com.partnershipbot.matching;

import com.partnershipbot.knowledge.FaqEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/** An in-memory Lucene index of the curated entries, one document per entry. */
final class FaqIndex {
  static final String TITLE = "title";
  static final String QUESTIONS = "questions";
  static final String ANSWER = "answer";
  static final String ALL = "all";

  private final IndexSearcher searcher;
  private final List<IndexedEntry> entries;

  private FaqIndex(IndexSearcher searcher, List<IndexedEntry> entries) {
    this.searcher = searcher;
    this.entries = entries;
  }

  static FaqIndex build(List<FaqEntry> faq, FaqAnalyzers analyzers) {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(analyzers.index());
    List<IndexedEntry> indexed = new ArrayList<>(faq.size());
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (FaqEntry entry : faq) {
        String curated = curatedText(entry);
        Document doc = new Document();
        doc.add(new StoredField("id", entry.id()));
        doc.add(new TextField(TITLE, entry.title(), Field.Store.NO));
        doc.add(new TextField(QUESTIONS, curated, Field.Store.NO));
        doc.add(new TextField(ANSWER, entry.answer(), Field.Store.NO));
        doc.add(new TextField(ALL, curated + "\n" + entry.answer(), Field.Store.NO));
        writer.addDocument(doc);
        indexed.add(new IndexedEntry(entry.id(), terms(analyzers, curated), terms(analyzers, entry.answer())));
      }
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException("indexing into memory cannot fail", e);
    }
    try {
      IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
      return new FaqIndex(searcher, List.copyOf(indexed));
    } catch (IOException e) {
      throw new UncheckedIOException("opening an in-memory index cannot fail", e);
    }
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /** The entry behind a Lucene document number (documents are added in entry order, never deleted). */
  IndexedEntry entry(int doc) {
    return entries.get(doc);
  }

  int size() {
    return entries.size();
  }

  /** What admins wrote for matching: title, id, alternate questions, aliases and keywords. */
  static String curatedText(FaqEntry entry) {
    List<String> parts = new ArrayList<>();
    parts.add(entry.title());
    parts.add(entry.id().replace('-', ' '));
    parts.addAll(entry.questions());
    parts.addAll(entry.aliases());
    parts.addAll(entry.keywords());
    return String.join("\n", parts);
  }

  private static Set<String> terms(FaqAnalyzers analyzers, String text) {
    return new HashSet<>(analyzers.indexTerms(text));
  }
}
