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
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/** An in-memory Lucene index of the curated entries, one document per entry. */
final class FaqIndex {
  static final String TITLE = "title";
  static final String QUESTIONS = "questions";
  static final String ANSWER = "answer";
  static final String ALL = "all";

  private static final String ORDINAL = "ordinal";
  private static final double RAM_BUFFER_MB = 256;

  private final IndexSearcher searcher;
  private final List<IndexedEntry> entries;
  private final int[] entryOfDoc;

  private FaqIndex(IndexSearcher searcher, List<IndexedEntry> entries, int[] entryOfDoc) {
    this.searcher = searcher;
    this.entries = entries;
    this.entryOfDoc = entryOfDoc;
  }

  static FaqIndex build(List<FaqEntry> faq, FaqAnalyzers analyzers) {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(analyzers.index()).setRAMBufferSizeMB(RAM_BUFFER_MB);
    List<IndexedEntry> indexed = faq.parallelStream().map(entry -> new IndexedEntry(entry.id(),
        terms(analyzers, curatedText(entry)), terms(analyzers, entry.answer()))).toList();
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int ordinal = 0; ordinal < faq.size(); ordinal++) {
        FaqEntry entry = faq.get(ordinal);
        String curated = curatedText(entry);
        Document doc = new Document();
        doc.add(new NumericDocValuesField(ORDINAL, ordinal));
        doc.add(new TextField(TITLE, entry.title(), Field.Store.NO));
        doc.add(new TextField(QUESTIONS, curated, Field.Store.NO));
        doc.add(new TextField(ANSWER, entry.answer(), Field.Store.NO));
        doc.add(new TextField(ALL, curated + "\n" + entry.answer(), Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException("indexing into memory cannot fail", e);
    }
    try {
      DirectoryReader reader = DirectoryReader.open(directory);
      return new FaqIndex(new IndexSearcher(reader), indexed, entryOfDoc(reader));
    } catch (IOException e) {
      throw new UncheckedIOException("opening an in-memory index cannot fail", e);
    }
  }

  /** Which entry each Lucene document holds: merging may reorder documents, the ordinal stays. */
  private static int[] entryOfDoc(DirectoryReader reader) throws IOException {
    int[] entryOfDoc = new int[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues ordinals = leaf.reader().getNumericDocValues(ORDINAL);
      if (ordinals == null) {
        continue;
      }
      for (int doc = ordinals.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ordinals.nextDoc()) {
        entryOfDoc[leaf.docBase + doc] = (int) ordinals.longValue();
      }
    }
    return entryOfDoc;
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /** The position in the FAQ of the entry a Lucene document holds. */
  int entryOf(int doc) {
    return entryOfDoc[doc];
  }

  /** The analysed terms of the entry at a position in the FAQ. */
  IndexedEntry entry(int position) {
    return entries.get(position);
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
