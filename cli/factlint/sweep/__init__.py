"""Archive sweeps: check many files on a Dask cluster, writing every finding as it comes.

The stages: ``partition`` cuts the walked files into tasks of bounded size;
``task`` is what a worker runs (check a partition's files against the compiled
facts, encode its findings, tally them); ``output`` (and ``parquet``) write the
findings on the client as tasks finish; ``summary`` adds the tallies up into what
to correct first; ``cluster`` is the one module that knows Dask. The facts are
compiled once, on the client, and shipped to each worker once; workers never read
facts files. Needs the ``dask`` extra: ``pip install 'factlint[dask]'``.

Only ``cluster`` (and ``parquet``, which needs pyarrow) import Dask; import what you
need from the modules themselves, e.g. ``from factlint.sweep.cluster import run_sweep``.
"""
