package dev.napkin.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.napkin.app.testing.HeldExecutor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class BackgroundWorkTest {
  private final HeldExecutor worker = new HeldExecutor();
  private final HeldExecutor fx = new HeldExecutor();
  private final BackgroundWork work = new BackgroundWork(worker, fx);

  @Test
  void runsTheJobOnTheWorkerAndCompletesOnTheFxExecutor() throws Exception {
    CompletableFuture<String> result = work.start("Opening big.yaml", true, progress -> "read");

    assertThat(work.isRunning()).isTrue();
    assertThat(work.titleProperty().get()).isEqualTo("Opening big.yaml");
    assertThat(work.cancellableProperty().get()).isTrue();
    assertThat(work.progressProperty().get()).isEqualTo(BackgroundWork.INDETERMINATE);
    worker.runAll();
    assertThat(result).isNotDone();
    assertThat(work.isRunning()).isTrue();

    fx.runAll();
    assertThat(result.get()).isEqualTo("read");
    assertThat(work.isRunning()).isFalse();
    assertThat(work.cancellableProperty().get()).isFalse();
  }

  @Test
  void progressReachesThePropertyOnlyThroughTheFxExecutorAndOnlyTheLatest() {
    List<Double> seen = new ArrayList<>();
    work.progressProperty().addListener((obs, old, now) -> seen.add(now.doubleValue()));
    work.start(
        "Simulating",
        true,
        progress -> {
          progress.update(1, 4);
          progress.update(3, 4);
          progress.update(9, 4);
          return 0;
        });
    worker.runAll();
    assertThat(seen).isEmpty();

    fx.runAll();
    // One report for the three updates (the latest, clamped to 1), then back to indeterminate.
    assertThat(seen).containsExactly(1.0, BackgroundWork.INDETERMINATE);
  }

  @Test
  void cancellingCompletesAtOnceAndDropsTheLateResult() {
    List<Boolean> askedToStop = new ArrayList<>();
    CompletableFuture<String> result =
        work.start(
            "Opening big.yaml",
            true,
            progress -> {
              askedToStop.add(progress.isCancelled());
              return "late";
            });

    work.cancel();

    assertThat(result).isCancelled();
    assertThat(work.isRunning()).isFalse();
    worker.runAll(); // the job was not started yet: it never runs
    fx.runAll();
    assertThat(askedToStop).isEmpty();
    assertThat(work.start("Next", false, progress -> 1)).isNotDone();
  }

  @Test
  void aJobThatMayNotBeCancelledKeepsRunning() {
    CompletableFuture<Integer> result = work.start("Saving a.yaml", false, progress -> 1);
    work.cancel();
    assertThat(work.isRunning()).isTrue();
    worker.runAll();
    fx.runAll();
    assertThat(result.join()).isEqualTo(1);
  }

  @Test
  void aFailureBecomesAMessageForTheUser() {
    CompletableFuture<Object> result =
        work.start(
            "Saving a.yaml",
            false,
            progress -> {
              throw new IOException("No space left on device");
            });
    worker.runAll();
    fx.runAll();

    assertThat(work.failureProperty().get())
        .isEqualTo("Saving a.yaml failed: No space left on device");
    assertThatThrownBy(result::get)
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(BackgroundWork.Failure.class)
        .hasMessage("Saving a.yaml failed: No space left on device");
    assertThat(work.isRunning()).isFalse();
  }

  @Test
  void anErrorWithoutAMessageIsNamedByItsKind() {
    work.start(
        "Opening huge.yaml",
        true,
        progress -> {
          throw new StackOverflowError();
        });
    worker.runAll();
    fx.runAll();
    assertThat(work.failureProperty().get())
        .isEqualTo("Opening huge.yaml failed: StackOverflowError");
  }

  @Test
  void refusesASecondJobWhileOneRuns() {
    work.start("Opening a.yaml", true, progress -> 1);
    assertThatThrownBy(() -> work.start("Opening b.yaml", true, progress -> 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("'Opening a.yaml' is still running; 'Opening b.yaml' cannot start");
  }
}
