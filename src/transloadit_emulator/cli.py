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
    serve.add_argument("--data-dir", help="where state and files live (default ./.emulator-data)")
    serve.add_argument("--public-url", help="base URL clients reach the emulator at (default http://HOST:PORT)")
    serve.add_argument(
        "--tls-port",
        type=int,
        help="port to serve TLS on, where ssl_url and assembly_ssl_url point"
        " (default PORT+1; env TRANSLOADIT_EMULATOR_TLS_PORT, 'off' for none)",
    )
    serve.add_argument("--no-tls", action="store_true", help="serve plain HTTP only (ssl_urls are then http)")
    serve.add_argument("--public-tls-url", help="https base URL clients reach the TLS port at")
    serve.add_argument("--workers", type=int, help="threads executing Assemblies (default: cores, at least 2)")
    serve.add_argument(
        "--allow-private-imports",
        action="store_true",
        default=None,
        help="let robots import from and store to loopback and private addresses"
        " (env TRANSLOADIT_EMULATOR_ALLOW_PRIVATE_IMPORTS)",
    )
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
    serve.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    return parser


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Settings from the environment, overridden by the flags given."""
    settings = settings_from_env(
        data_dir=args.data_dir,
        host=args.host,
        port=args.port,
        public_base_url=args.public_url,
        workers=args.workers,
        allow_private_imports=args.allow_private_imports,
        tls_port=args.tls_port,
        tls=False if args.no_tls else None,
        public_tls_url=args.public_tls_url,
    )
    names = ("header_timeout", "body_idle_timeout", "max_header_count", "max_header_bytes")
    flags = {name: getattr(args, name) for name in names if getattr(args, name) is not None}
    return dataclasses.replace(settings, **flags)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI."""
    args = build_parser().parse_args(argv)
    settings = settings_from_args(args)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
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
    if settings.allow_private_imports:
        print("  imports from loopback and private addresses: allowed", flush=True)
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


def _tls_hosts(settings: Settings) -> tuple[str, ...]:
    """The host names the server certificate must name: the bound and the public ones."""
    hosts = {settings.host, urlsplit(settings.base_url).hostname, urlsplit(settings.ssl_base_url).hostname}
    return tuple(h for h in hosts if h and h not in ("0.0.0.0", "::"))


if __name__ == "__main__":
    sys.exit(main())
