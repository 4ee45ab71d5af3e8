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
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

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
  private static final ThreadLocal<LongBuffer[]> INPUTS = ThreadLocal.withInitial(OnnxEmbedder::directInputs);

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

  /** Encoded on one of the {@link EncoderThreads}, which keeps the native memory it takes to a few arenas. */
  @Override
  public float[] embed(String sentence) {
    return EncoderThreads.run(() -> embedHere(sentence));
  }

  private float[] embedHere(String sentence) {
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

  /**
   * The encoder's vector for one vocabulary token read on its own, {@code [CLS] token [SEP]}:
   * mean-pooled over the three, or only the token's own output when {@code middle}; normalised.
   * For measuring static token vectors (see docs/performance.md), not used in answering.
   */
  float[] tokenVector(long tokenId, boolean middle) {
    long[] ids = tokenizer.encode("", true, false).getIds();
    long[] framed = {ids[0], tokenId, ids[ids.length - 1]};
    return EncoderThreads.run(() -> {
      try {
        float[] out = run(framed, new long[] {1, 1, 1}, new long[3]);
        return middle ? Vectors.normalize(Arrays.copyOfRange(out, DIMENSIONS, 2 * DIMENSIONS))
            : Vectors.normalize(unit(meanOfTokens(out, framed.length)));
      } catch (OrtException e) {
        throw new IllegalStateException("the sentence encoder failed on token " + tokenId, e);
      }
    });
  }

  /** The word-piece ids of a text, without [CLS] and [SEP]. */
  long[] tokenIds(String text) {
    return tokenizer.encode(prefix + text, false, false).getIds();
  }

  private float[] run(long[] ids, long[] attentionMask, long[] typeIds) throws OrtException {
    long[] shape = {1, ids.length};
    LongBuffer[] inputs = INPUTS.get();
    try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, filled(inputs[0], ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, filled(inputs[1], attentionMask), shape);
        OnnxTensor typesTensor = OnnxTensor.createTensor(environment, filled(inputs[2], typeIds), shape);
        OrtSession.Result result = session.run(Map.of("input_ids", idsTensor, "attention_mask", maskTensor,
            "token_type_ids", typesTensor))) {
      FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
      if (hidden.hasArray() && hidden.arrayOffset() == 0 && hidden.position() == 0
          && hidden.remaining() == hidden.array().length) {
        return hidden.array();
      }
      float[] tokens = new float[hidden.remaining()];
      hidden.get(tokens);
      return tokens;
    }
  }

  /**
   * This thread's input buffers, direct and in native order, so ONNX Runtime reads them where they
   * are instead of copying each input into a new native buffer that only a collection frees.
   */
  private static LongBuffer[] directInputs() {
    LongBuffer[] buffers = new LongBuffer[3];
    for (int i = 0; i < buffers.length; i++) {
      buffers[i] = ByteBuffer.allocateDirect(MAX_TOKENS * Long.BYTES).order(ByteOrder.nativeOrder()).asLongBuffer();
    }
    return buffers;
  }

  private static LongBuffer filled(LongBuffer buffer, long[] values) {
    buffer.clear();
    buffer.put(values);
    return buffer.flip();
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

  /** The shipped encoder, kept unpacked in {@code dataDir} when one is given. */
  static OnnxEmbedder load(Optional<Path> dataDir) {
    return load(MINI_LM, dataDir);
  }

  /**
   * Reads the model and tokenizer from the jar and starts an ONNX Runtime session (about a second).
   * The model is read into native memory, never the heap, which stays small: ONNX Runtime copies
   * what it keeps, and the buffer is freed with the next collection.
   */
  static OnnxEmbedder load(Model which) {
    return load(which, Optional.empty());
  }

  /** As above; with a data directory, the model is kept unpacked there for the next start ({@link UnpackedModel}). */
  static OnnxEmbedder load(Model which, Optional<Path> dataDir) {
    try (InputStream tokenizerStream = resource(which.tokenizer())) {
      byte[] tokenizerJson = tokenizerStream.readAllBytes();
      Optional<UnpackedModel> unpacked = dataDir.flatMap(dir -> UnpackedModel.in(dir, which));
      Optional<UnpackedModel.Saved> saved = unpacked.flatMap(UnpackedModel::read);
      ByteBuffer model;
      String modelId;
      if (saved.isPresent()) {
        model = saved.get().model();
        modelId = saved.get().modelId();
      } else {
        MessageDigest digest = sha256();
        model = readDirect(which.onnx(), digest);
        modelId = modelId(which, digest, tokenizerJson);
        unpacked.ifPresent(file -> file.save(model, modelId));
      }
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession session = environment.createSession(model, lean());
      return new OnnxEmbedder(environment, session, tokenizerJson, modelId, which.prefix());
    } catch (IOException e) {
      throw new UncheckedIOException(which.name() + ", the embedding model inside the jar, could not be read", e);
    } catch (OrtException e) {
      throw new IllegalStateException(which.name() + ", the embedding model inside the jar, could not be loaded", e);
    }
  }

  /** A class-path resource in a direct buffer, its bytes also fed to {@code digest}. */
  private static ByteBuffer readDirect(String name, MessageDigest digest) throws IOException {
    URL url = OnnxEmbedder.class.getResource(name);
    if (url == null) {
      throw new IOException(name + " is missing from the classpath");
    }
    URLConnection connection = url.openConnection();
    long size = connection.getContentLengthLong();
    try (InputStream in = connection.getInputStream()) {
      if (size < 0 || size > Integer.MAX_VALUE) {
        byte[] bytes = in.readAllBytes();
        digest.update(bytes);
        return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
      }
      ByteBuffer buffer = ByteBuffer.allocateDirect((int) size);
      byte[] chunk = new byte[1 << 16];
      for (int read; (read = in.read(chunk)) >= 0;) {
        if (read > buffer.remaining()) {
          throw new IOException(name + " is longer than the " + size + " bytes its entry says");
        }
        digest.update(chunk, 0, read);
        buffer.put(chunk, 0, read);
      }
      return buffer.flip();
    }
  }

  /**
   * Names the exact model, tokenizer and pooling, so vectors saved by another version are never
   * reused; {@code digest} has already read the model.
   */
  private static String modelId(Model which, MessageDigest digest, byte[] tokenizerJson) {
    digest.update(tokenizerJson);
    digest.update(POOLING.getBytes(StandardCharsets.UTF_8));
    digest.update(which.prefix().getBytes(StandardCharsets.UTF_8));
    return which.name() + " " + HexFormat.of().formatHex(digest.digest(), 0, 12);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * One thread per call, and no memory kept between calls: ONNX Runtime's CPU arena and memory
   * patterns would keep the largest buffers ever needed by every thread that ran a question, and
   * for sentences of a few dozen tokens they save nothing measurable. The vectors are the same.
   */
  private static OrtSession.SessionOptions lean() throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    options.setCPUArenaAllocator(false);
    options.setMemoryPatternOptimization(false);
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
