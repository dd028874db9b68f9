"""``python -m transloadit_emulator serve [--host H] [--port P] [--tls-port T | --no-tls] [--data-dir D]
[--public-url U]``."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
from urllib.parse import urlsplit

import uvicorn

from .app import create_app
from .serve import run, tls_config
from .server import protocol_for, uvicorn_config
from .settings import DEV_KEY, DEV_SECRET, Settings, settings_from_env


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(prog="transloadit_emulator", description="A local Transloadit API.")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the emulator over HTTP")
    serve.add_argument("--host", help="interface to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to bind (default 8000)")
    serve.add_argument(
        "--tls-port",
        type=int,
        help="port to serve TLS on, where ssl_url and assembly_ssl_url point"
        " (default PORT+1; env TRANSLOADIT_EMULATOR_TLS_PORT, 'off' for none)",
    )
    serve.add_argument("--no-tls", action="store_true", help="serve plain HTTP only (ssl_urls are then http)")
    serve.add_argument("--public-tls-url", help="https base URL clients reach the TLS port at")
    limits = serve.add_argument_group("connection limits (see server.py)")
    limits.add_argument(
        "--header-timeout", type=float, help="seconds to send a request head (env ..._HEADER_TIMEOUT, 30)"
    )
    limits.add_argument(
        "--body-idle-timeout", type=float, help="seconds a request body may idle (env ..._BODY_IDLE_TIMEOUT, 60)"
    )
    limits.add_argument(
        "--max-header-count", type=int, help="header fields per request (env ..._MAX_HEADER_COUNT, 100)"
    )
    limits.add_argument(
        "--max-header-bytes", type=int, help="bytes of target and headers (env ..._MAX_HEADER_BYTES, 65536)"
    )
    _shared_arguments(serve)
    worker = sub.add_parser("worker", help="execute the Assemblies API processes queue (needs --queue, --database)")
    worker.add_argument("--concurrency", type=int, default=2, help="Assemblies this worker executes at once")
    _shared_arguments(worker)
    return parser


def _shared_arguments(command: argparse.ArgumentParser) -> None:
    """Where state, files and jobs live, and how Assemblies run: the same for API processes and workers."""
    command.add_argument("--data-dir", help="where state and files live (default ./.emulator-data)")
    command.add_argument("--public-url", help="base URL clients reach the emulator at (default http://HOST:PORT)")
    command.add_argument("--workers", type=int, help="Steps running at once (default: cores, at least 2)")
    command.add_argument(
        "--allow-private-imports",
        action="store_true",
        default=None,
        help="let robots import from and store to loopback and private addresses"
        " (env TRANSLOADIT_EMULATOR_ALLOW_PRIVATE_IMPORTS)",
    )
    command.add_argument(
        "--database",
        help="postgresql://user:password@host:port/db to keep state in PostgreSQL, shared by several processes"
        " (env TRANSLOADIT_EMULATOR_DATABASE_URL; default: SQLite in the data directory)",
    )
    command.add_argument(
        "--storage",
        help="s3://bucket/prefix to keep uploads and results in S3 (env TRANSLOADIT_EMULATOR_STORAGE;"
        " default: files in the data directory)",
    )
    command.add_argument(
        "--s3-endpoint", help="URL of an S3-compatible endpoint (env TRANSLOADIT_EMULATOR_S3_ENDPOINT)"
    )
    command.add_argument(
        "--result-urls",
        choices=["stream", "presigned"],
        help="with S3 storage: stream result files through the emulator, or redirect to presigned URLs",
    )
    command.add_argument(
        "--queue",
        help="redis://host:port/db: Assemblies run on `worker` processes, events and job slots shared"
        " (env TRANSLOADIT_EMULATOR_QUEUE; default: run here)",
    )
    command.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Settings from the environment, overridden by the flags given."""
    serving = args.command == "serve"
    settings = settings_from_env(
        data_dir=args.data_dir,
        host=args.host if serving else None,
        port=args.port if serving else None,
        public_base_url=args.public_url,
        workers=args.workers,
        allow_private_imports=args.allow_private_imports,
        database_url=args.database,
        storage_url=args.storage,
        s3_endpoint=args.s3_endpoint,
        result_urls=args.result_urls,
        queue_url=args.queue,
        tls_port=args.tls_port if serving else None,
        tls=False if serving and args.no_tls else None,
        public_tls_url=args.public_tls_url if serving else None,
    )
    names = ("header_timeout", "body_idle_timeout", "max_header_count", "max_header_bytes")
    flags = {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}
    return dataclasses.replace(settings, **flags)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI."""
    args = build_parser().parse_args(argv)
    settings = settings_from_args(args)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.command == "worker":
        from .worker import run_worker

        print(f"Transloadit emulator worker on {_without_password(settings.queue_url or '')}", flush=True)
        run_worker(settings, concurrency=args.concurrency, log_level=args.log_level)
        return 0
    _describe(settings)
    app = create_app(settings)
    options = {"log_level": args.log_level, "access_log": False}
    tls_port = settings.tls_port

    def tls_server() -> uvicorn.Server:
        """The TLS server, its certificates made at first start (after the HTTP server answers)."""
        from .tls import ensure_certificates, trust_hints

        assert tls_port is not None
        files = ensure_certificates(settings.data_dir, _tls_hosts(settings))
        # The TLS server takes the same connection limits (header timeout, header caps) as plain HTTP.
        config = tls_config(app, settings.host, tls_port, files, http=protocol_for(settings), **options)
        print(f"  TLS on {settings.ssl_base_url} (ssl_url, assembly_ssl_url)", flush=True)
        for line in trust_hints(files.ca_cert.resolve()):
            print(line, flush=True)
        return uvicorn.Server(config)

    run(uvicorn.Server(uvicorn_config(app, settings, **options)), tls_server if tls_port is not None else None)
    return 0


def _describe(settings: Settings) -> None:
    """What the operator needs to know at start-up."""
    account = settings.accounts[0]
    print(f"Transloadit emulator on {settings.base_url}  (data: {settings.data_dir.resolve()})", flush=True)
    if settings.using_dev_credentials:
        print(
            f"  development credentials: TRANSLOADIT_KEY={DEV_KEY} TRANSLOADIT_SECRET={DEV_SECRET}"
            " (set both to use your own)",
            flush=True,
        )
    else:
        print(f"  auth key: {account.key} (secret from TRANSLOADIT_SECRET)", flush=True)
    print(f"  signature required: {account.require_signature}", flush=True)
    if settings.database_url:
        print(f"  state: PostgreSQL at {_without_password(settings.database_url)}", flush=True)
    if settings.storage_url:
        print(f"  files: {settings.storage_url} (result URLs: {settings.result_urls})", flush=True)
    if settings.queue_url:
        print(f"  Assemblies run on workers of {_without_password(settings.queue_url)}", flush=True)
    if settings.allow_private_imports:
        print("  imports from loopback and private addresses: allowed", flush=True)


def _without_password(url: str) -> str:
    """The URL to print: ``user:secret@host`` becomes ``user:***@host``."""
    scheme, sep, rest = url.partition("://")
    userinfo, at, host = rest.rpartition("@")
    if at and ":" in userinfo:
        userinfo = userinfo.split(":", 1)[0] + ":***"
    return f"{scheme}{sep}{userinfo}{at}{host}"


def _tls_hosts(settings: Settings) -> tuple[str, ...]:
    """The host names the server certificate must name: the bound and the public ones."""
    hosts = {settings.host, urlsplit(settings.base_url).hostname, urlsplit(settings.ssl_base_url).hostname}
    return tuple(h for h in hosts if h and h not in ("0.0.0.0", "::"))


if __name__ == "__main__":
    sys.exit(main())
