"""``make cluster``: a local cluster on loopback, in the foreground, until Ctrl-C.

PostgreSQL and Redis from Debian's packages (apt-installed when missing, as the tests do), moto's
S3 server, two API processes (ports ``CLUSTER_PORT`` and ``CLUSTER_PORT + 1``, default 8000 and 8001)
and two workers. Everything lives in a temporary directory and is removed on exit: a place to try
the topology, not to keep data (point ``serve`` and ``worker`` at your own services for that).
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import time
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.cluster_processes import Backends, free_port, make_cluster  # noqa: E402
from tests.services import start_postgres, start_redis  # noqa: E402
from transloadit_emulator.settings import DEV_KEY, DEV_SECRET  # noqa: E402


def main() -> int:
    """Start everything, print where it is, wait for Ctrl-C (or SIGTERM), stop everything."""
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "AKIAEMULATORCLUSTER")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "not-a-real-secret")
    port = int(os.environ.get("CLUSTER_PORT", "8000"))
    root = Path(tempfile.mkdtemp(prefix="emulator-cluster-"))
    stops: list[tuple[str, object]] = []
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        postgres = start_postgres(free_port())
        stops.append(("PostgreSQL", postgres.stop))
        redis_server = start_redis(free_port())
        stops.append(("Redis", redis_server.stop))
        s3 = _start_moto()
        stops.append(("S3 (moto)", s3[1]))
        backends = Backends(postgres.new_database(), redis_server.url(), "s3://emulator-files", s3[0])
        key, secret = os.environ.get("TRANSLOADIT_KEY") or DEV_KEY, os.environ.get("TRANSLOADIT_SECRET") or DEV_SECRET
        cluster = make_cluster(root, backends, TRANSLOADIT_KEY=key, TRANSLOADIT_SECRET=secret)
        stops.append(("emulator processes", cluster.stop_all))
        for n in range(2):
            cluster.start_api(f"api-{n + 1}", port=port + n)
        for n in range(2):
            cluster.start_worker(f"worker-{n + 1}")
        _describe(cluster.api_urls, backends, root, cluster.env["TRANSLOADIT_KEY"])
        while all(p.poll() is None for p in cluster.processes.values()):
            time.sleep(0.5)
        print("a process of the cluster exited; see its log under", root, flush=True)
        return 1
    except KeyboardInterrupt:
        print("\nstopping the cluster...", flush=True)
        return 0
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the shutdown short
        for name, stop in reversed(stops):
            stop()  # type: ignore[operator]
            print(f"  stopped {name}", flush=True)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _start_moto() -> tuple[str, object]:
    import logging

    import boto3
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto's request log

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=free_port(), verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1").create_bucket(Bucket="emulator-files")
    return endpoint, server.stop


def _describe(api_urls: list[str], backends: Backends, root: Path, key: str) -> None:
    print("Transloadit emulator cluster on loopback (Ctrl-C stops it all):", flush=True)
    for url in api_urls:
        print(f"  API process  {url}", flush=True)
    print("  workers      2 (transloadit-emulator worker --concurrency 2)", flush=True)
    print(f"  PostgreSQL   {backends.database_url}", flush=True)
    print(f"  Redis        {backends.queue_url} (jobs, events, job slots, execution leases)", flush=True)
    print(f"  S3 (moto)    {backends.s3_endpoint} bucket {backends.storage_url}", flush=True)
    print(f"  auth key     {key} (TRANSLOADIT_KEY / TRANSLOADIT_SECRET); logs under {root}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
