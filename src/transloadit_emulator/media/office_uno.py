"""The UNO side of :mod:`office`: run by Debian's system Python (``python3-uno``), never
imported by the emulator. It connects to the warm ``soffice.bin`` over its pipe, then reads
one JSON request per line on stdin (``src``, ``dst``, ``filters`` by document family) and
answers one JSON line each: ``{"ok": true, "family": ...}`` or ``{"ok": false, "error": ...}``."""

import json
import sys
import time
from typing import Any

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

FAMILIES = (
    ("text", "com.sun.star.text.TextDocument"),
    ("spreadsheet", "com.sun.star.sheet.SpreadsheetDocument"),
    ("presentation", "com.sun.star.presentation.PresentationDocument"),
    ("drawing", "com.sun.star.drawing.DrawingDocument"),
)


def prop(name: str, value: Any) -> Any:
    """A UNO PropertyValue."""
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe: str) -> Any:
    """The office's Desktop, once its pipe answers (it is still starting at first)."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(600):
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except Exception:  # noqa: BLE001 - NoConnectException until the office listens
            time.sleep(0.1)
    raise SystemExit("the office never answered on its pipe")


def convert(desktop: Any, request: dict[str, Any]) -> dict[str, Any]:
    """Load ``src`` hidden, store it with the filter of its family to ``dst``."""
    url = uno.systemPathToFileUrl(request["src"])
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True), prop("ReadOnly", True)))
    if doc is None:
        return {"ok": False, "error": "the office cannot open this file"}
    try:
        family = next((name for name, service in FAMILIES if doc.supportsService(service)), "other")
        filter_name = request["filters"].get(family)
        if filter_name is None:
            return {"ok": False, "unsupported": True, "family": family}
        target = uno.systemPathToFileUrl(request["dst"])
        doc.storeToURL(target, (prop("FilterName", filter_name), prop("Overwrite", True)))
        return {"ok": True, "family": family}
    finally:
        doc.close(True)


def main() -> None:
    """Serve conversion requests until stdin closes."""
    desktop = connect(sys.argv[1])
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        try:
            reply = convert(desktop, json.loads(line))
        except Exception as exc:  # noqa: BLE001 - any UNO failure is the request's answer
            reply = {"ok": False, "error": str(exc)[:500]}
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":
    main()
