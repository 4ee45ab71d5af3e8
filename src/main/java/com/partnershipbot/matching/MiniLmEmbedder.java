package com.partnershipbot.matching;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The quantized all-MiniLM-L6-v2 sentence encoder that ships inside the jar, loaded once per
 * process. It runs on one thread per call: questions are short, and a second thread costs more in
 * hand-over than it saves, while the web server already answers several questions at once.
 */
final class MiniLmEmbedder implements Embedder {
  private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
  private static final int DIMENSIONS = 384;

  private final AbstractInProcessEmbeddingModel model;

  private MiniLmEmbedder(AbstractInProcessEmbeddingModel model) {
    this.model = model;
  }

  /** The process-wide encoder; the first call loads the model (well under a second). */
  static MiniLmEmbedder shared() {
    return Holder.INSTANCE;
  }

  @Override
  public float[] embed(String text) {
    return Vectors.normalize(model.embed(text).content().vector());
  }

  private static final class Holder {
    static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder(load());
  }

  private static AbstractInProcessEmbeddingModel load() {
    try (InputStream modelBytes = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession session = environment.createSession(modelBytes.readAllBytes(), singleThreaded());
      OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
      return new AbstractInProcessEmbeddingModel(Runnable::run) {
        @Override
        protected OnnxBertBiEncoder model() {
          return encoder;
        }

        @Override
        protected Integer knownDimension() {
          return DIMENSIONS;
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException("the embedding model inside the jar could not be read", e);
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model inside the jar could not be loaded", e);
    }
  }

  private static OrtSession.SessionOptions singleThreaded() throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    return options;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream stream = MiniLmEmbedder.class.getResourceAsStream(name);
    if (stream == null) {
      throw new IOException(name + " is missing from the classpath");
    }
    return stream;
  }
}
