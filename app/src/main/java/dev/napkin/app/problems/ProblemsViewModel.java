package dev.napkin.app.problems;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.validate.Issue;
import dev.napkin.model.validate.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The problems list: the checker's findings for the current flow, errors first, plus the errors of
 * a file that could not be opened (those stay until another file opens or the flow changes).
 */
public final class ProblemsViewModel {
  private final FlowChecker checker;
  private final ObservableList<Issue> issues = FXCollections.observableArrayList();
  private final ObservableList<Issue> issuesView = FXCollections.unmodifiableObservableList(issues);
  private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
  private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
  private List<Issue> fileIssues = List.of();
  private Optional<Flow> opened = Optional.empty();
  private List<Issue> readIssues = List.of();
  private UnaryOperator<List<Issue>> locate = UnaryOperator.identity();
  private Optional<Flow> checked = Optional.empty();

  public ProblemsViewModel(FlowChecker checker) {
    this.checker = checker;
  }

  public ObservableList<Issue> issues() {
    return issuesView;
  }

  public ReadOnlyIntegerProperty errorsProperty() {
    return errors.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty warningsProperty() {
    return warnings.getReadOnlyProperty();
  }

  /**
   * Checks {@code flow} again; file errors from a failed open are dropped. Checking the very flow
   * shown already does nothing: a big flow takes a while to check, and opening one used to check it
   * up to three times.
   */
  public void check(Flow flow) {
    if (fileIssues.isEmpty() && checked.isPresent() && checked.get() == flow) {
      return;
    }
    fileIssues = List.of();
    show(findings(flow));
    checked = Optional.of(flow);
  }

  /**
   * A file was opened as {@code flow}: while the flow is unchanged, its findings carry the file's
   * line and column, and the reader's own warnings are shown beside them.
   */
  public void opened(Flow flow, List<Issue> fromReading, UnaryOperator<List<Issue>> locator) {
    opened = Optional.of(flow);
    readIssues = List.copyOf(fromReading);
    locate = locator;
    checked = Optional.empty();
    check(flow);
  }

  /**
   * What the checker finds in {@code flow}; pure and safe on any thread, so a file being opened can
   * be checked before it reaches the FX thread (see {@link #opened(Flow, List, UnaryOperator,
   * List)}).
   */
  public List<Issue> checkElsewhere(Flow flow) {
    return checker.check(flow);
  }

  /** Like {@link #opened(Flow, List, UnaryOperator)}, with the checker's findings already made. */
  public void opened(
      Flow flow,
      List<Issue> fromReading,
      UnaryOperator<List<Issue>> locator,
      List<Issue> findings) {
    opened = Optional.of(flow);
    readIssues = List.copyOf(fromReading);
    locate = locator;
    fileIssues = List.of();
    show(withReading(flow, findings));
    checked = Optional.of(flow);
  }

  private List<Issue> findings(Flow flow) {
    return withReading(flow, checker.check(flow));
  }

  private List<Issue> withReading(Flow flow, List<Issue> found) {
    if (opened.isEmpty() || opened.get() != flow) {
      return found;
    }
    List<Issue> all = new ArrayList<>(readIssues);
    all.addAll(locate.apply(found));
    return all;
  }

  /** Shows the errors of a file that could not be opened, beside the current flow's problems. */
  public void showFileIssues(List<Issue> fromFile, Flow current) {
    List<Issue> all = new ArrayList<>(fromFile);
    fileIssues = List.copyOf(fromFile);
    all.addAll(findings(current));
    show(all);
    checked = Optional.empty();
  }

  public List<Issue> fileIssues() {
    return fileIssues;
  }

  private void show(List<Issue> found) {
    List<Issue> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing((Issue i) -> i.severity() == Severity.ERROR ? 0 : 1));
    issues.setAll(sorted);
    errors.set((int) sorted.stream().filter(Issue::isError).count());
    warnings.set(sorted.size() - errors.get());
  }
}
