package com.partnershipbot.matching;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A quantized BERT-style sentence encoder that ships inside the jar: all-MiniLM-L6-v2, or e5-small-v2
 * as the {@linkplain Tuning.SecondOpinion second opinion}; the {@link MatcherFactory} loads them once at start. It runs on one thread per call: questions are short, and a second thread costs more in
 * hand-over than it saves, while the web server already answers several questions at once.
 *
 * <p>A sentence is tokenized once and run through ONNX Runtime directly, then mean-pooled over
 * its tokens and normalised with the same arithmetic, in the same order, as langchain4j's
 * {@code OnnxBertBiEncoder}, so the vectors are bit for bit the ones it gives (a test checks).
 * That encoder tokenizes each sentence three times and copies the output into nested arrays;
 * doing without it saves about 0.3 ms of CPU per sentence. Text over 510 tokens, which it
 * splits into windows, is still handed to it. Text with no token at all (a lone zero-width joiner,
 * say), which it refuses, is encoded as the empty sentence instead of failing the question.
 */
final class OnnxEmbedder implements Embedder {
  /** The shipped encoder. */
  static final Model MINI_LM = new Model("all-MiniLM-L6-v2-q", "/all-minilm-l6-v2-q.onnx",
      "/all-minilm-l6-v2-q-tokenizer.json", "");
  /** The larger encoder asked where the first is unsure; e5 wants "query: " before each text it compares as a peer. */
  static final Model E5_SMALL = new Model("e5-small-v2-q", "/e5-small-v2-q.onnx", "/e5-small-v2-q-tokenizer.json",
      "query: ");
  static final String TOKENIZER = MINI_LM.tokenizer();
  private static final int DIMENSIONS = 384;
  /** Longest token sequence run in one piece: 512 positions less [CLS] and [SEP], as langchain4j. */
  private static final int MAX_TOKENS = 510 + 2;
  private static final String POOLING = "mean-pooled, normalised";

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final byte[] tokenizerJson;
  private final String modelId;
  private final String prefix;
  private volatile AbstractInProcessEmbeddingModel windowed;

  /**
   * Where a model's files sit on the class path.
   *
   * @param prefix put before every text, as the model was trained (empty for MiniLM)
   */
  record Model(String name, String onnx, String tokenizer, String prefix) {}

  private OnnxEmbedder(OrtEnvironment environment, OrtSession session, byte[] tokenizerJson, String modelId,
      String prefix) throws IOException {
    this.environment = environment;
    this.session = session;
    this.tokenizerJson = tokenizerJson;
    this.tokenizer = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(tokenizerJson),
        Map.of("padding", "false"));
    this.modelId = modelId;
    this.prefix = prefix;
  }

  @Override
  public String modelId() {
    return modelId;
  }

  @Override
  public float[] embed(String sentence) {
    String text = prefix + sentence;
    Encoding encoding = tokenizer.encode(text, true, false);
    long[] ids = encoding.getIds();
    if (ids.length > MAX_TOKENS) {
      return Vectors.normalize(windowed().embed(text).content().vector());
    }
    try {
      return Vectors.normalize(unit(meanOfTokens(run(ids, encoding.getAttentionMask(), encoding.getTypeIds()),
          ids.length)));
    } catch (OrtException e) {
      throw new IllegalStateException("the sentence encoder failed on a " + ids.length + "-token text", e);
    }
  }

  private float[] run(long[] ids, long[] attentionMask, long[] typeIds) throws OrtException {
    long[] shape = {1, ids.length};
    try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(attentionMask), shape);
        OnnxTensor typesTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(typeIds), shape);
        OrtSession.Result result = session.run(Map.of("input_ids", idsTensor, "attention_mask", maskTensor,
            "token_type_ids", typesTensor))) {
      FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
      float[] tokens = new float[hidden.remaining()];
      hidden.get(tokens);
      return tokens;
    }
  }

  /** The average of the token vectors, summed token after token in float as langchain4j does. */
  private static float[] meanOfTokens(float[] tokens, int count) {
    float[] mean = new float[DIMENSIONS];
    for (int token = 0; token < count; token++) {
      int offset = token * DIMENSIONS;
      for (int d = 0; d < DIMENSIONS; d++) {
        mean[d] += tokens[offset + d];
      }
    }
    for (int d = 0; d < DIMENSIONS; d++) {
      mean[d] /= count;
    }
    return mean;
  }

  /** Scaled to unit length in float, as langchain4j does (Vectors.normalize then runs on top, as before). */
  private static float[] unit(float[] vector) {
    float sumOfSquares = 0;
    for (float value : vector) {
      sumOfSquares += value * value;
    }
    float norm = (float) Math.sqrt(sumOfSquares);
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = vector[i] / norm;
    }
    return unit;
  }

  /** langchain4j's encoder on the same session, made on first need: it splits very long text into windows. */
  private AbstractInProcessEmbeddingModel windowed() {
    AbstractInProcessEmbeddingModel model = windowed;
    if (model == null) {
      synchronized (this) {
        if (windowed == null) {
          windowed = langchain4j(new OnnxBertBiEncoder(environment, session, new ByteArrayInputStream(tokenizerJson),
              PoolingMode.MEAN));
        }
        model = windowed;
      }
    }
    return model;
  }

  private static AbstractInProcessEmbeddingModel langchain4j(OnnxBertBiEncoder encoder) {
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
  }

  /** The encoder as langchain4j runs it, for checking that this one gives the same vectors. */
  float[] embedThroughLangchain4j(String text) {
    return Vectors.normalize(windowed().embed(prefix + text).content().vector());
  }

  /** The shipped encoder, MiniLM. */
  static OnnxEmbedder load() {
    return load(MINI_LM);
  }

  /** Reads the model and tokenizer from the jar and starts an ONNX Runtime session (about a second). */
  static OnnxEmbedder load(Model which) {
    try (InputStream modelStream = resource(which.onnx()); InputStream tokenizerStream = resource(which.tokenizer())) {
      byte[] model = modelStream.readAllBytes();
      byte[] tokenizerJson = tokenizerStream.readAllBytes();
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession session = environment.createSession(model, singleThreaded());
      return new OnnxEmbedder(environment, session, tokenizerJson, modelId(which, model, tokenizerJson),
          which.prefix());
    } catch (IOException e) {
      throw new UncheckedIOException(which.name() + ", the embedding model inside the jar, could not be read", e);
    } catch (OrtException e) {
      throw new IllegalStateException(which.name() + ", the embedding model inside the jar, could not be loaded", e);
    }
  }

  /** Names the exact model, tokenizer and pooling, so vectors saved by another version are never reused. */
  private static String modelId(Model which, byte[] model, byte[] tokenizerJson) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(model);
      digest.update(tokenizerJson);
      digest.update(POOLING.getBytes(StandardCharsets.UTF_8));
      digest.update(which.prefix().getBytes(StandardCharsets.UTF_8));
      return which.name() + " " + HexFormat.of().formatHex(digest.digest(), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
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
    InputStream stream = OnnxEmbedder.class.getResourceAsStream(name);
    if (stream == null) {
      throw new IOException(name + " is missing from the classpath");
    }
    return stream;
  }
}
