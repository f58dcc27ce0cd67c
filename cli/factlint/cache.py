"""The compiled-facts cache: facts read once, loaded by later runs in a blink.

One file per set of facts files, in ``$FACTLINT_CACHE_DIR``, else
``$XDG_CACHE_HOME/factlint``, else ``~/.cache/factlint``, named by a SHA-256 of
factlint's version (and its modules' sizes and times), the Python version and
every facts file's path and content (the shipped lexicon's too). A changed
file gives another name, so a stale entry is never read; the eight most
recently used entries are kept.

Layout: a fixed header (magic, lengths, the key), the head (a pickle of the
index and shared tables) and the claims' readings end to end (each with a CRC32
in the head, checked when the claim is first read). The file is mapped, not
read: a run touches only the claims its sentences speak of.

Safety: a file that is truncated, corrupt, of another format or key, not owned
by this user, or writable by others is ignored and rebuilt; a claim found
corrupt mid-run makes the run rebuild from the facts files. Writes go to a
temporary file in the same directory and are renamed into place, so readers
never see half a file and concurrent writers cannot mix their output; a cache
directory that cannot be written is skipped silently.
"""

from __future__ import annotations

import contextlib
import hashlib
import mmap
import os
import pickle
import stat
import struct
import sys
import tempfile
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factlint import __version__
from factlint.compiled import HEAD_FIELDS, Blobs, CompiledFacts, compile_facts, default_jobs
from factlint.facts.paths import facts_inputs
from factlint.gcpause import collector_paused
from factlint.model import FactBase
from factlint.progress import Progress

FORMAT = 6
MAGIC = b"FLCACHE1"
_HEADER = struct.Struct("<8sQQQ64s")  # magic, format, head length, blobs length, key (hex)
KEEP = 8


class CorruptCache(Exception):
    """A cache entry that cannot be trusted."""


def cache_dir() -> Path:
    """Where compiled facts are kept."""
    explicit = os.environ.get("FACTLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factlint"


def _code_stamp() -> str:
    """The size and modification time of factlint's own modules.

    The version alone would let a development checkout read what an older state of
    its code compiled; this costs one directory scan per run.
    """
    root = Path(__file__).parent
    stamp = []
    for directory in (root, *(p for p in root.iterdir() if p.is_dir() and p.name[0] != "_")):
        for entry in os.scandir(directory):
            if entry.name.endswith(".py"):
                info = entry.stat()
                stamp.append(f"{entry.path}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(sorted(stamp))


def facts_key(files: Sequence[Path]) -> str | None:
    """The cache key for these files' content, or None when one cannot be read."""
    digest = hashlib.sha256()
    digest.update(f"factlint {__version__} format {FORMAT} ".encode())
    digest.update(_code_stamp().encode("utf-8", "surrogateescape"))
    digest.update(f"python {sys.version_info[0]}.{sys.version_info[1]}\0".encode())
    for path in files:
        try:
            data = path.read_bytes()
            name = str(path.resolve())
        except OSError:
            return None
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def entry_path(key: str) -> Path:
    return cache_dir() / f"facts-{key[:40]}.bin"


def _trusted(fd: int) -> bool:
    """Only a regular file of this user's, not writable by others, is unpickled."""
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        return False
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return mine and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def read_cache(key: str) -> CompiledFacts | None:
    """The compiled facts stored under ``key``, or None (missing, stale or not to be trusted)."""
    path = entry_path(key)
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        if not _trusted(fd):
            return None
        size = os.fstat(fd).st_size
        if size < _HEADER.size:
            return None
        mapped = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    finally:
        os.close(fd)
    try:
        with collector_paused():  # unpickling the index makes objects that all live on
            compiled = _decode(mapped, key, size)
    except Exception:  # any corruption at all means: rebuild
        mapped.close()
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # most recently used, for pruning
    return compiled


def _decode(mapped: mmap.mmap, key: str, size: int) -> CompiledFacts:
    magic, fmt, head_len, blobs_len, stored_key = _HEADER.unpack_from(mapped, 0)
    if magic != MAGIC or fmt != FORMAT or stored_key.decode("ascii") != key:
        raise CorruptCache("another format or key")
    if _HEADER.size + head_len + blobs_len != size:
        raise CorruptCache("truncated")
    view = memoryview(mapped)
    head: dict[str, Any] = pickle.loads(view[_HEADER.size : _HEADER.size + head_len])
    offsets: array[int] = head.pop("offsets")
    crcs: array[int] = head.pop("crcs")
    if len(offsets) != len(head["ids"]) + 1 or offsets[-1] != blobs_len:
        raise CorruptCache("offsets")
    start = _HEADER.size + head_len
    blobs = Blobs(view[start : start + blobs_len], offsets, crcs)
    return CompiledFacts(**head, blobs=blobs, key=key)


def write_cache(compiled: CompiledFacts) -> bool:
    """Store ``compiled`` under its key: atomically, quietly giving up if it cannot."""
    if not compiled.key:
        return False
    directory = cache_dir()
    blobs = compiled.blobs
    head = {name: getattr(compiled, name) for name in HEAD_FIELDS}
    head["offsets"] = blobs.offsets
    head["crcs"] = blobs.checksums()
    tmp = None
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        head_bytes = pickle.dumps(head, protocol=pickle.HIGHEST_PROTOCOL)
        header = _HEADER.pack(
            MAGIC, FORMAT, len(head_bytes), len(blobs.buffer), compiled.key.encode("ascii")
        )
        with tempfile.NamedTemporaryFile(
            dir=directory, prefix=".facts-", suffix=".tmp", delete=False
        ) as handle:
            tmp = handle.name
            handle.write(header)
            handle.write(head_bytes)
            handle.write(blobs.buffer)
        os.replace(tmp, entry_path(compiled.key))
        tmp = None
    except OSError:
        return False
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    _prune(directory)
    return True


def _prune(directory: Path) -> None:
    """Keep the ``KEEP`` most recently used entries."""
    try:
        entries = sorted(
            directory.glob("facts-*.bin"), key=lambda p: p.stat().st_mtime, reverse=True
        )
        for old in entries[KEEP:]:
            old.unlink()
    except OSError:
        pass


def load_compiled(
    paths: Sequence[str | Path] | None = None,
    *,
    cache: bool = True,
    jobs: int | None = None,
    max_bytes: int | None = None,
    progress: Progress | None = None,
) -> CompiledFacts:
    """Compiled facts for these facts files (the bundled ones when None).

    From the cache when it holds them; else the files are loaded (``FactsError`` when
    they are invalid), compiled and, with ``cache``, stored for the next run. Loading
    and compiling tell ``progress`` how far they are (see ``factlint.progress``); a
    cache hit tells it nothing.
    """
    files, complete = facts_inputs(paths)
    key = facts_key(files) if complete else None
    if cache and key is not None:
        hit = read_cache(key)
        if hit is not None:
            hit.rebuild = lambda: _rebuild(paths, key, jobs, max_bytes)
            return hit
    facts = _read(paths, max_bytes, progress, apart=(jobs or default_jobs()) > 1)
    compiled = compile_facts(facts, jobs=jobs, key=key or "", progress=progress)
    if cache and key is not None:
        write_cache(compiled)
    return compiled


def _read(
    paths: Sequence[str | Path] | None,
    max_bytes: int | None,
    progress: Progress | None = None,
    *,
    apart: bool = False,
) -> FactBase:
    """The facts files loaded; with ``apart``, a large base is loaded in a child process
    (see ``factlint.facts.apart``)."""
    from factlint.facts.apart import APART_FROM, load_facts_apart
    from factlint.facts.load import load_facts
    from factlint.facts.yamlnodes import MAX_BYTES

    limit = MAX_BYTES if max_bytes is None else max_bytes
    if apart:
        files, _ = facts_inputs(paths)
        total = sum(_size(p) for p in files[:-1])  # bytes of YAML; the lexicon is not counted
        if total >= APART_FROM:
            return load_facts_apart(paths, max_bytes=limit, total=total, progress=progress)
    return load_facts(paths, max_bytes=limit, progress=progress)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _rebuild(
    paths: Sequence[str | Path] | None, key: str, jobs: int | None, max_bytes: int | None
) -> CompiledFacts:
    """Compile again from the files, after a cache entry turned out corrupt mid-run."""
    compiled = compile_facts(_read(paths, max_bytes), jobs=jobs, key=key)
    write_cache(compiled)
    return compiled
