"""The one module that knows Dask: start or join a cluster, ship the facts, run the tasks.

``run_sweep`` keeps a bounded window of partitions in flight (so the client and
the scheduler hold a few dozen tasks, not millions), writes each result on the
client the moment it completes, and submits the next. Exactly once: a result is
written by the client alone, keyed by its partition, so a task that Dask ran
again (its worker died) is still written once, and nothing is written for a task
that did not finish. A partition whose workers keep dying (Dask gives up after
``distributed.scheduler.allowed-failures`` deaths) is split into single files,
and a single file that still kills its workers is reported as a problem.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
import uuid
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import TYPE_CHECKING

import dask
from distributed import (
    CancelledError,
    Client,
    Future,
    KilledWorker,
    LocalCluster,
    WorkerPlugin,
    as_completed,
)

from factlint import __version__
from factlint.errors import SweepError
from factlint.model import Problem
from factlint.sweep.output import FindingsWriter
from factlint.sweep.partition import Partition
from factlint.sweep.summary import Summary, Tally
from factlint.sweep.task import Job, PartitionResult, check_partition

if TYPE_CHECKING:
    from factlint.compiled import CompiledFacts

IN_FLIGHT_PER_THREAD = 4  # tasks kept submitted per worker thread: enough to never idle


class LeaveInterruptsToClient(WorkerPlugin):
    """Ctrl-C on a terminal reaches every process in its group: a local worker ignores it
    (no traceback from each one) and the client, which started it, stops it."""

    name = "factlint-leave-interrupts-to-client"

    def setup(self, worker: object) -> None:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def local_cluster(workers: int) -> Iterator[Client]:
    """A cluster of ``workers`` processes on this machine (one thread each: checking is
    pure Python), stopped when the block ends, however it ends (Ctrl-C too)."""
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # The scheduler serves HTTP even without a dashboard, on 8787 unless told: any
            # free port, so that two sweeps (or a notebook's cluster) never collide.
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            # A task's failure reaches the client with the task; what workers log besides
            # (a heartbeat lost while the cluster stops on Ctrl-C) is noise to the user.
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.register_plugin(LeaveInterruptsToClient())
        yield client


@contextlib.contextmanager
def connect(address: str) -> Iterator[Client]:
    """A client of the running scheduler at ``address``; its cluster is left running."""
    try:
        client = Client(address, timeout="20s")
    except (OSError, TimeoutError) as error:
        raise SweepError(f"cannot reach the scheduler at {address}: {error}") from None
    with client:
        yield client


def _factlint_version() -> str:
    return __version__


def check_workers(client: Client) -> int:
    """How many threads the cluster's workers have; ``SweepError`` when it has none, or
    when a worker runs another factlint (the compiled facts would not read there)."""
    versions: dict[str, str] = client.run(_factlint_version)
    if not versions:
        raise SweepError("the cluster has no workers")
    other = sorted({v for v in versions.values() if v != __version__})
    if other:
        raise SweepError(f"workers run factlint {', '.join(other)}; this is factlint {__version__}")
    return sum(client.nthreads().values())


def run_sweep(
    client: Client,
    compiled: CompiledFacts,
    runs: Iterable[tuple[str, ...]],
    job: Job,
    writer: FindingsWriter,
    *,
    summary: Summary | None = None,
    on_result: Callable[[Summary, Tally], None] | None = None,
) -> Summary:
    """Check every run of files on the cluster and write its findings with ``writer``.

    The compiled facts are sent to every worker once; ``on_result`` is called after
    each task's findings are written, with the summary so far and the task's tally.
    On any way out (Ctrl-C included) the tasks still in flight are cancelled.
    """
    summary = summary if summary is not None else Summary()
    threads = check_workers(client)
    window = max(2, IN_FLIGHT_PER_THREAD * threads)
    allowed = dask.config.get("distributed.scheduler.allowed-failures")
    facts = client.scatter(compiled, broadcast=True, hash=False)
    token = uuid.uuid4().hex[:12]
    fresh = iter(runs)
    retry: deque[tuple[str, ...]] = deque()
    in_flight: dict[Hashable, tuple[Future[PartitionResult], Partition]] = {}
    written: set[int] = set()
    number = 0
    pending = as_completed(loop=client.loop)

    def submit() -> bool:
        nonlocal number
        paths = retry.popleft() if retry else next(fresh, None)
        if paths is None:
            return False
        partition = Partition(number, paths)
        number += 1
        future = client.submit(
            check_partition, partition, facts, job, key=f"factlint-sweep-{token}-{partition.id}"
        )
        in_flight[future.key] = (future, partition)
        pending.add(future)
        return True

    try:
        while len(in_flight) < window and submit():
            pass
        for future in pending:
            _, partition = in_flight.pop(future.key)
            result = _result(future, partition, allowed, bool(written))
            if result is None:  # split into single files, queued
                retry.extend((path,) for path in partition.paths)
            elif result.partition not in written:
                written.add(result.partition)
                if result.payload is not None:
                    writer.write(result.payload)
                summary.add(result.tally)
                if on_result is not None:
                    on_result(summary, result.tally)
            future.release()
            while len(in_flight) < window and submit():
                pass
    except BaseException:
        with contextlib.suppress(Exception):
            client.cancel([f for f, _ in in_flight.values()])
        raise
    finally:
        with contextlib.suppress(Exception):
            facts.release()
    return summary


def _result(
    future: Future[PartitionResult], partition: Partition, allowed: int, progress: bool
) -> PartitionResult | None:
    """The task's result; None when its workers kept dying and it is worth splitting; a
    result holding only problems when a single file kills every worker that reads it."""
    try:
        result: PartitionResult = future.result()
        return result
    except KilledWorker:
        if not progress:
            # Nothing has finished yet: the workers cannot run at all (out of memory, a
            # broken install), and retrying file by file would only repeat it.
            raise SweepError(
                f"workers died {allowed + 1} times running the first tasks; see their logs"
            ) from None
        if len(partition.paths) > 1:
            return None
        message = f"not checked: the workers reading it died {allowed + 1} times"
        problem = Problem(partition.paths[0], message)
        return PartitionResult(partition.id, None, Tally(1, 0, {}, {}, (problem,)))
    except CancelledError:
        raise SweepError("the cluster cancelled the sweep's tasks (scheduler restarted?)") from None
    except Exception as error:
        raise SweepError(f"a task failed: {type(error).__name__}: {error}") from None


__all__ = ["check_workers", "connect", "local_cluster", "run_sweep"]
