package org.govtrace.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code govtrace} command: lists the subcommands; each does one job through the core facade. */
@Command(
    name = "govtrace",
    mixinStandardHelpOptions = true,
    version = "govtrace 0.1.0",
    description = "Reads Swedish governance documents side by side: strategies, action plans and every board's referral response.",
    subcommands = {
      CommandLine.HelpCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      DocumentsCommand.class,
      StatsCommand.class,
      ConcernsCommand.class,
      ResponsibilitiesCommand.class,
      GoalsCommand.class,
      AnalyzeCommand.class,
      EvalCommand.class,
      LineageCommand.class,
      TraceCommand.class,
      CompareCommand.class,
      ResponsesCommand.class,
      KeynessCommand.class,
      KwicCommand.class,
      ReportCommand.class,
      NlpEvalCommand.class,
      NlpTrainCommand.class,
      ConcernTrainCommand.class,
      BenchCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:Some files could not be indexed (each is named on standard error).",
      "2:Usage error: a bad option, query or document reference.",
      "3:No index in the index directory: run 'govtrace index' first.",
      "4:Any other error (unreadable index, full disk); -v prints the stack trace."
    },
    footer = "%nSee 'govtrace help <command>' for the options of a command.")
public final class GovTraceCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** The command line with govtrace's error handling and exit codes, ready to {@code execute}. */
  public static CommandLine commandLine() {
    ErrorHandler errors = new ErrorHandler();
    return new CommandLine(new GovTraceCommand())
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors)
        .setExitCodeExceptionMapper(errors);
  }

  public static void main(String[] args) {
    routeJavaLoggingToSlf4j();
    CommandLine commandLine = commandLine()
        .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
        .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(commandLine.execute(args));
  }

  /** Lucene and the JDK log through java.util.logging; the CLI sends it where all other logging goes. */
  private static void routeJavaLoggingToSlf4j() {
    org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
    org.slf4j.bridge.SLF4JBridgeHandler.install();
  }
}
