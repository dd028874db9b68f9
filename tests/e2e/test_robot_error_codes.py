"""The vendor's error codes of the media, document, file, AI and script robots, each raised where the
vendor raises it: bad params at creation (the HTTP answer's ``error``), the rest while a Step runs
(the Assembly's ``error``). One emulator in-process for the module; media made here, tiny."""

from __future__ import annotations

import io
import struct
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import ExifTags, Image
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET, S3Bucket, free_port, jpeg_bytes, make_settings
from tests.e2e.av_media import clip, tone
from tests.e2e.cdn_urls import signed_cdn_path, stored_path
from tests.kits import in_process_kit
from transloadit_emulator.app import create_app
from transloadit_emulator.media.ffmpeg import ffmpeg_exe
from transloadit_kit import Transloadit


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = make_settings(tmp_path_factory.mktemp("codes") / "data", public_base_url="http://testserver")
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def kit(client: TestClient) -> Iterator[Transloadit]:
    with in_process_kit("sync", KEY, SECRET, client) as facade:
        yield facade


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """A half-second clip, a tone, a photo, some text and an RTF document."""
    where = tmp_path_factory.mktemp("media")
    return {
        "clip.mp4": clip(where / "clip.mp4", "blue", 0.5, "64x48").read_bytes(),
        "tone.wav": tone(where / "tone.wav", 440, 0.5).read_bytes(),
        "photo.jpg": jpeg_bytes((48, 32)),
        "notes.txt": b"nothing to see here\n",
        "letter.rtf": b"{\\rtf1\\ansi Dear reader}",
    }


def run(kit: Transloadit, steps: dict[str, Any], media: dict[str, bytes], *names: str) -> dict[str, Any]:
    files = [(name, media[name]) for name in names]
    return kit.create_assembly(steps=steps, files=files, wait=True, timeout=60).to_dict()


def nowhere() -> str:
    """An http URL on loopback where nothing listens."""
    return f"http://127.0.0.1:{free_port()}/missing.png"


SIMULATE = {"output_files": 1, "emit_progress": False, "predict_output": False}
# Step params the robot's schema refuses: the vendor answers ``<ROBOT>_VALIDATION`` at creation.
# VIDEO_THUMBS has codes of its own for a count out of 1..999 and a format it cannot write.
CREATION_CASES: list[tuple[str, dict[str, Any], str]] = [
    ("/ai/chat", {"messages": "hi", "reasoning_effort": "huge"}, "AI_CHAT_VALIDATION"),
    ("/audio/concat", {"bitrate": 0}, "AUDIO_CONCAT_VALIDATION"),
    ("/audio/merge", {"volume": "loud"}, "AUDIO_MERGE_VALIDATION"),
    ("/audio/waveform", {"width": 0}, "AUDIO_WAVEFORM_VALIDATION"),
    ("/document/autorotate", {"queue": "fast"}, "DOCUMENT_AUTOROTATE_VALIDATION"),
    ("/document/extract", {"text_format": "docx"}, "DOCUMENT_EXTRACT_VALIDATION"),
    ("/document/ocr", {"granularity": "word"}, "DOCUMENT_OCR_VALIDATION"),
    ("/document/optimize", {"image_dpi": 10}, "DOCUMENT_OPTIMIZE_VALIDATION"),
    ("/file/decompress", {"password": 1234}, "FILE_DECOMPRESS_VALIDATION"),
    ("/file/serve", {"cache_duration": -1}, "FILE_SERVE_VALIDATION"),
    ("/file/verify", {"error_on_decline": "yes"}, "FILE_VERIFY_VALIDATION"),
    ("/file/watermark", {"randomize": "yes"}, "FILE_WATERMARK_VALIDATION"),
    ("/image/bgremove", {"format": "bmp"}, "IMAGE_BGREMOVE_VALIDATION"),
    ("/image/copyrightdetect", {"confidence_threshold": 101}, "IMAGE_COPYRIGHT_DETECT_VALIDATION"),
    ("/image/describe", {"granularity": "word"}, "IMAGE_DESCRIBE_VALIDATION"),
    ("/image/enhance", {"sharpen": 11}, "IMAGE_ENHANCE_VALIDATION"),
    ("/image/ocr", {"format": "docx"}, "IMAGE_OCR_VALIDATION"),
    ("/meta/write", {"data_to_write": "title"}, "META_WRITE_VALIDATION"),
    ("/progress/simulate", {**SIMULATE, "duration": "long"}, "PROGRESS_SIMULATE_VALIDATION"),
    ("/script/run", {"script": 1}, "SCRIPT_RUN_VALIDATION"),
    ("/text/translate", {"target_language": "klingon"}, "TEXT_TRANSLATE_VALIDATION"),
    ("/video/adaptive", {"technique": "smooth"}, "VIDEO_ADAPTIVE_VALIDATION"),
    ("/video/artwork", {"method": 3}, "VIDEO_ARTWORK_VALIDATION"),
    ("/video/generate", {"prompt": "a boat", "num_outputs": 11}, "VIDEO_GENERATE_VALIDATION"),
    ("/video/merge", {"duration": "long"}, "VIDEO_MERGE_VALIDATION"),
    ("/video/ondemand", {"variants": {}}, "VIDEO_ONDEMAND_VALIDATION"),
    ("/video/split", {"segments": [1], "width": "wide"}, "VIDEO_SPLIT_VALIDATION"),
    ("/video/subtitle", {"position": "middle"}, "VIDEO_SUBTITLE_VALIDATION"),
    ("/video/thumbs", {"count": 1000}, "VIDEO_THUMBS_INVALID_COUNT_VALUE"),
    ("/video/thumbs", {"format": "gif"}, "VIDEO_THUMBS_INVALID_FORMAT"),
]


@pytest.mark.parametrize(("robot", "params", "code"), CREATION_CASES, ids=[c[2] for c in CREATION_CASES])
def test_bad_params_are_refused_at_creation(
    kit: Transloadit, client: TestClient, robot: str, params: dict[str, Any], code: str
) -> None:
    signed, signature = kit.signed(steps={"step": {"robot": robot, "use": ":original", **params}})
    answer = client.post("/assemblies", data={"params": signed, "signature": signature})
    body = answer.json()
    assert (answer.status_code, body.get("error")) == (400, code), body
    named = [k for k in params if k in body["message"]]
    assert named, f"the message names no param of {params}: {body['message']}"


def zipcrypto(name: str, data: bytes, password: bytes) -> bytes:
    """A zip of one stored entry encrypted with PKWARE's traditional cipher (what ``zip -P``
    writes), made here so the test needs no zip tool."""
    crc = zlib.crc32(data)
    keys = [0x12345678, 0x23456789, 0x34567890]

    def update(c: int) -> None:
        keys[0] = zlib.crc32(bytes([c]), keys[0] ^ 0xFFFFFFFF) ^ 0xFFFFFFFF
        keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = zlib.crc32(bytes([keys[1] >> 24]), keys[2] ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

    def encrypt(plain: bytes) -> bytes:
        out = bytearray()
        for c in plain:
            t = (keys[2] | 2) & 0xFFFF
            out.append(c ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            update(c)
        return bytes(out)

    for c in password:
        update(c)
    body = encrypt(bytes(range(11)) + bytes([crc >> 24]) + data)  # the header ends with the CRC's top byte
    raw = name.encode()
    fields = struct.pack("<HHHHHIII", 20, 1, 0, 0, 0x21, crc, len(body), len(data))
    local = b"PK\x03\x04" + fields + struct.pack("<HH", len(raw), 0) + raw + body
    central = b"PK\x01\x02" + struct.pack("<H", 20) + fields + struct.pack("<HHHHHII", len(raw), 0, 0, 0, 0, 0, 0)
    central += raw
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 1, 1, len(central), len(local), 0)
    return local + central + end


def test_encrypted_archives_need_the_right_password(kit: Transloadit) -> None:
    secret = {"secret.zip": zipcrypto("plan.txt", b"meet at noon\n", b"open sesame")}
    steps = {"unpacked": {"robot": "/file/decompress", "use": ":original"}}
    # No password for an encrypted archive; then the wrong one.
    assert run(kit, steps, secret, "secret.zip")["error"] == "FILE_DECOMPRESS_PASSWORD_REQUIRED"
    steps["unpacked"]["password"] = "guess"
    assert run(kit, steps, secret, "secret.zip")["error"] == "FILE_DECOMPRESS_PASSWORD_INCORRECT"
    steps["unpacked"]["password"] = "open sesame"
    done = run(kit, steps, secret, "secret.zip")
    assert done.get("ok") == "ASSEMBLY_COMPLETED", done
    assert [f["name"] for f in done["results"]["unpacked"]] == ["plan.txt"]


# Steps that fail while they run: (Step params, uploads, code, words of the message).
RUNTIME_CASES: list[tuple[dict[str, Any], tuple[str, ...], str, str]] = [
    # /audio/concat joins two files at least.
    ({"robot": "/audio/concat"}, ("tone.wav",), "AUDIO_CONCAT_INVALID_INPUT", "2 to"),
    # /document/merge merges PDFs (and images as pages): an RTF document it does not convert.
    ({"robot": "/document/merge"}, ("letter.rtf",), "DOCUMENT_MERGE_UNSUPPORTED_CONVERSION", "letter.rtf"),
    # /image/enhance given files, none of them an image: no input file to enhance.
    ({"robot": "/image/enhance"}, ("notes.txt",), "IMAGE_ENHANCE_NO_INPUT_FILE", "/image/enhance"),
    # The Step's own ffmpeg options make ffmpeg fail: the user's command, not an internal one.
    ({"robot": "/video/encode", "ffmpeg": {"pix_fmt": "nope"}}, ("clip.mp4",), "USER_COMMAND_ERROR", "nope"),
    ({"robot": "/audio/encode", "ffmpeg": {"af": "nope"}}, ("tone.wav",), "USER_COMMAND_ERROR", "nope"),
    # ... naming a video codec ffmpeg has no encoder of.
    ({"robot": "/video/encode", "ffmpeg": {"c:v": "nope"}}, ("clip.mp4",), "VIDEO_ENCODE_INVALID_VIDEO_CODEC", "nope"),
    # ffmpeg's options leave /video/concat with no output file (the null muxer writes none).
    ({"robot": "/video/concat", "ffmpeg": {"f": "null"}}, ("clip.mp4", "clip.mp4"), "VIDEO_CONCAT_NO_OUTPUT", "no vid"),
]


@pytest.mark.parametrize(("step", "uploads", "code", "words"), RUNTIME_CASES, ids=[c[2] for c in RUNTIME_CASES])
def test_steps_fail_with_their_code(
    kit: Transloadit, media: dict[str, bytes], step: dict[str, Any], uploads: tuple[str, ...], code: str, words: str
) -> None:
    failed = run(kit, {"step": {"use": ":original", **step}}, media, *uploads)
    assert (failed.get("error"), failed.get("ok")) == (code, None), failed
    assert words in failed["message"]


def test_enhance_skips_what_is_no_image_beside_an_image(kit: Transloadit, media: dict[str, bytes]) -> None:
    done = run(kit, {"better": {"robot": "/image/enhance", "use": ":original"}}, media, "notes.txt", "photo.jpg")
    assert done.get("ok") == "ASSEMBLY_COMPLETED", done
    assert [f["name"] for f in done["results"]["better"]] == ["photo.jpg"]


def test_a_failed_engine_command_reports_its_output(kit: Transloadit, media: dict[str, bytes]) -> None:
    step = {"robot": "/video/encode", "use": ":original", "ffmpeg": {"pix_fmt": "nope"}}
    failed = run(kit, {"encoded": step}, media, "clip.mp4")
    assert failed["error"] == "USER_COMMAND_ERROR"
    assert failed["exitCode"] not in (0, None) and "nope" in failed["stderr"]
    assert failed["cmd"][0].startswith("ffmpeg") and "nope" in failed["cmd"] and isinstance(failed["stdout"], str)


def test_an_engine_failing_by_itself_is_an_internal_error(
    kit: Transloadit, media: dict[str, bytes], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # An ffmpeg that fails whatever it is asked (the Step sets no ffmpeg options): the vendor's hiccup.
    broken = tmp_path / "ffmpeg"
    broken.write_text("#!/bin/sh\necho 'ffmpeg fell over' >&2\nexit 3\n")
    broken.chmod(0o755)
    monkeypatch.setenv("TRANSLOADIT_EMULATOR_FFMPEG", str(broken))
    ffmpeg_exe.cache_clear()
    try:
        failed = run(kit, {"encoded": {"robot": "/video/encode", "use": ":original"}}, media, "clip.mp4")
    finally:
        monkeypatch.undo()
        ffmpeg_exe.cache_clear()  # the next run finds the real ffmpeg again
    assert (failed["error"], failed["exitCode"], failed["stderr"]) == ("INTERNAL_COMMAND_ERROR", 3, "ffmpeg fell over")


def test_a_command_over_its_time_fails_with_internal_command_timeout(
    kit: Transloadit, media: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    # An operator's cap no ffmpeg run can meet: the command is stopped and the Step fails.
    monkeypatch.setenv("TRANSLOADIT_EMULATOR_COMMAND_TIMEOUT", "0.000001")
    failed = run(kit, {"encoded": {"robot": "/video/encode", "use": ":original"}}, media, "clip.mp4")
    assert (failed["error"], failed["exitSignal"], failed["exitCode"]) == ("INTERNAL_COMMAND_TIMEOUT", "SIGKILL", None)


def test_files_a_step_must_download(kit: Transloadit, media: dict[str, bytes]) -> None:
    # /video/encode's watermark cannot be downloaded.
    step = {"robot": "/video/encode", "use": ":original", "watermark_url": nowhere()}
    assert run(kit, {"encoded": step}, media, "clip.mp4")["error"] == "FILE_DOWNLOAD_ERROR"
    # /video/merge's image_url finds no image.
    step = {"robot": "/video/merge", "use": ":original", "image_url": nowhere()}
    assert run(kit, {"merged": step}, media, "tone.wav")["error"] == "VIDEO_MERGE_NO_IMAGE_FOUND"


def test_a_scanner_that_cannot_scan(
    kit: Transloadit, media: dict[str, bytes], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # clamscan cannot scan the file (here: its signature database is unreadable to it).
    broken = tmp_path / "broken.ndb"
    broken.write_text("this is no signature\n")
    monkeypatch.setenv("TRANSLOADIT_EMULATOR_CLAMAV_DATABASE", str(broken))
    failed = run(kit, {"scanned": {"robot": "/file/virusscan", "use": ":original"}}, media, "notes.txt")
    assert failed["error"] == "FILE_VIRUSSCAN_INVALID_INPUT" and "could not be scanned" in failed["message"]


def test_smart_cdn_with_nothing_to_serve(kit: Transloadit, client: TestClient) -> None:
    # The Template's /file/serve Step has no file: every upload was filtered out.
    steps = {
        ":original": {"robot": "/upload/handle"},
        "none": {"robot": "/file/filter", "use": ":original", "accepts": []},
        "served": {"robot": "/file/serve", "use": "none"},
    }
    kit.create_template("serves-nothing", {"steps": steps})
    done = kit.create_assembly(steps={":original": {"robot": "/upload/handle"}}, files=[("a.jpg", jpeg_bytes())])
    uploaded = kit.wait_for_assembly(done.to_dict()["assembly_id"], timeout=60).to_dict()
    source = stored_path(uploaded["uploads"][0]["url"])
    answer = client.get(signed_cdn_path("serves-nothing", source))
    assert answer.json()["error"] == "FILE_SERVE_NO_RESULT", answer.text


def stock_photo(credit: str) -> bytes:
    """A JPEG whose EXIF copyright names ``credit``, as a stock agency's download does."""
    img = Image.open(io.BytesIO(jpeg_bytes((40, 30))))
    exif = img.getexif()
    exif[ExifTags.Base.Copyright] = credit
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif.tobytes())
    return buf.getvalue()


def test_a_known_stock_photo_is_declined(kit: Transloadit) -> None:
    files = {"stock.jpg": stock_photo("(c) Shutterstock, Inc."), "own.jpg": stock_photo("(c) Jane Doe")}
    steps: dict[str, Any] = {"rights": {"robot": "/image/copyrightdetect", "use": ":original", "format": "meta"}}
    done = run(kit, steps, files, "stock.jpg", "own.jpg")
    found = {f["name"]: f["meta"]["copyright"] for f in done["results"]["rights"]}
    assert found["stock.jpg"]["flagged"] is True and found["stock.jpg"]["max_confidence"] == 100
    assert [lic["collection"] for lic in found["stock.jpg"]["licenses"]] == ["Shutterstock"]
    assert found["own.jpg"] == {**found["own.jpg"], "flagged": False, "licenses": []}
    # With error_on_decline the stock photo stops the Assembly, with the Step's message.
    steps["rights"].update(error_on_decline=True, error_msg="Upload your own photos")
    failed = run(kit, steps, files, "own.jpg", "stock.jpg")
    assert (failed["error"], failed["message"]) == ("IMAGE_COPYRIGHT_DETECT_DECLINED_FILE", "Upload your own photos")
    assert run(kit, steps, files, "own.jpg").get("ok") == "ASSEMBLY_COMPLETED"


def test_a_file_gone_from_shared_storage(tmp_path: Path, s3_bucket: S3Bucket) -> None:
    # Files in an S3 bucket: a replay fetches its uploads from there and finds them gone.
    data = tmp_path / "data"
    settings = make_settings(
        data, public_base_url="http://testserver", storage_url=s3_bucket.url, s3_endpoint=s3_bucket.endpoint
    )
    with (
        TestClient(create_app(settings), raise_server_exceptions=False) as c,
        in_process_kit("sync", KEY, SECRET, c) as own,
    ):
        steps = {"hashed": {"robot": "/file/hash", "use": ":original"}}
        done = own.create_assembly(steps=steps, files=[("notes.txt", b"kept in the bucket")], wait=True).to_dict()
        assert done.get("ok") == "ASSEMBLY_COMPLETED", done
        deadline = time.monotonic() + 30  # the finished Assembly drops this process's copies
        while list(data.rglob("notes.txt")) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not list(data.rglob("notes.txt"))
        for key in s3_bucket.keys():
            s3_bucket.client.delete_object(Bucket=s3_bucket.name, Key=key)
        again = own.replay_assembly(done["assembly_id"], wait=True, timeout=60).to_dict()
    assert again["error"] == "TMP_FILE_DOWNLOAD_ERROR", again
