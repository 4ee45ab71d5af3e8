package com.partnershipbot.bench;

/** The processes a benchmark starts end with it: a driver stopped by Ctrl-C or SIGTERM leaves no bot running. */
final class ChildProcesses {
  private ChildProcesses() {}

  /** {@code process}, killed when this JVM shuts down if it is still running then. */
  static Process endingWithThisJvm(Process process) {
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "end-child-" + process.pid()));
    return process;
  }

  /** For the test: starts {@code command} as a child that ends with this JVM, prints its pid, and waits. */
  public static void main(String[] command) throws Exception {
    Process child = endingWithThisJvm(new ProcessBuilder(command).start());
    System.out.println(child.pid());
    System.out.flush();
    child.waitFor();
  }
}
