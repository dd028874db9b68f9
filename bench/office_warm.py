"""One warm LibreOffice against a start per file: the time to convert a small DOCX to PDF with
the emulator's converter (``media/office.py``, the office started once beforehand) against
``soffice --headless --convert-to pdf`` started for each file with its own ready profile (the
way a converter without a warm process works). Rounds alternate so drift in the machine's speed
cancels; prints the median of each and the ratio warm / cold, PASS at 0.5 or less."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src")]

import docx  # noqa: E402

from transloadit_emulator.media.office import converter  # noqa: E402

ROUNDS = 5
LIMIT = 0.5


def cold(source: Path, out_dir: Path, profile: Path) -> float:
    """Seconds for one conversion by a freshly started office."""
    started = time.perf_counter()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def warm(source: Path, out: Path) -> float:
    """Seconds for one conversion by the emulator's warm office."""
    started = time.perf_counter()
    converter().convert(source, out, "pdf")
    return time.perf_counter() - started


def main() -> None:
    """Measure and print."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = root / "report.docx"
        document = docx.Document()
        document.add_paragraph("A short report. " * 40)
        document.save(str(source))
        profile = root / "profile"
        cold(source, root / "cold", profile)  # make the cold runs' profile once, as a warm office has one
        warm(source, root / "warm-0.pdf")  # start the warm office
        colds, warms = [], []
        for index in range(ROUNDS):
            colds.append(cold(source, root / "cold", profile))
            warms.append(warm(source, root / f"warm-{index + 1}.pdf"))
    c, w = statistics.median(colds), statistics.median(warms)
    ratio = w / c
    print(
        f"office: warm {w * 1000:.0f} ms, start per file {c * 1000:.0f} ms, ratio {ratio:.2f} "
        f"({'PASS' if ratio <= LIMIT else 'FAIL'} at {LIMIT})"
    )


if __name__ == "__main__":
    main()
