package org.govtrace.cli;

import java.io.PrintWriter;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.query.MissingIndexException;
import org.govtrace.core.query.NoSuchConceptException;
import org.govtrace.core.query.NoSuchDocumentException;
import org.govtrace.core.query.QuerySyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a usage error into its message and a pointer to --help (exit 2), and an exception from a command into one line on standard error (the stack trace only with -v) and an exit
 * code: 2 for a bad query or document reference, 3 for a missing index, 4 for anything else.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IExitCodeExceptionMapper, IParameterExceptionHandler {

  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("govtrace: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try 'govtrace " + e.getCommandLine().getCommandName() + " --help'.");
    err.flush();
    return ExitCodes.USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    err.println("govtrace: " + (e instanceof GovTraceException ? message : "unexpected error: " + message));
    if (verbose(parseResult)) {
      e.printStackTrace(err);
    }
    err.flush();
    return getExitCode(e);
  }

  @Override
  public int getExitCode(Throwable e) {
    if (e instanceof CommandLine.ParameterException || e instanceof QuerySyntaxException
        || e instanceof NoSuchDocumentException || e instanceof NoSuchConceptException) {
      return ExitCodes.USAGE;
    }
    if (e instanceof MissingIndexException) {
      return ExitCodes.NO_INDEX;
    }
    return ExitCodes.ERROR;
  }

  private static boolean verbose(ParseResult parseResult) {
    for (CommandLine command : parseResult.asCommandLineList()) {
      if (command.getParseResult().hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
