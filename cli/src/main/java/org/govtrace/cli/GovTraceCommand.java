package org.govtrace.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code govtrace} command: lists the subcommands; each does one job through the core facade. */
@Command(
    name = "govtrace",
    mixinStandardHelpOptions = true,
    version = "govtrace 0.1.0",
    description = "Reads Swedish governance documents side by side: strategies, action plans and every board's referral response.",
    subcommands = {
      LineageCommand.class,
      TraceCommand.class,
      CompareCommand.class,
      ResponsesCommand.class,
      KeynessCommand.class,
      KwicCommand.class,
      ReportCommand.class,
      NlpEvalCommand.class,
      NlpTrainCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = "%nSee 'govtrace help <command>' for the options of a command.")
public final class GovTraceCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  public static void main(String[] args) {
    routeJavaLoggingToSlf4j();
    System.exit(new CommandLine(new GovTraceCommand()).execute(args));
  }

  /** Lucene and the JDK log through java.util.logging; the CLI sends it where all other logging goes. */
  private static void routeJavaLoggingToSlf4j() {
    org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
    org.slf4j.bridge.SLF4JBridgeHandler.install();
  }
}
