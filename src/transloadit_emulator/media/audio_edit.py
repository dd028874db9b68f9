"""Audio edits with ffmpeg filter graphs: joining files one after the other (with fades or
crossfades at the joints), mixing them over each other, looping and cutting.

Every input is first brought to one format (44.1 kHz stereo float), so inputs of any codec,
rate and channel count combine. Functions here build arguments; the robots run them.
"""

from __future__ import annotations

from collections.abc import Sequence

SAMPLE_RATE = 44100
_NORMALIZE = f"aresample={SAMPLE_RATE},aformat=sample_fmts=fltp:sample_rates={SAMPLE_RATE}:channel_layouts=stereo"


def concat_graph(durations: Sequence[float], fade: float, crossfade: bool) -> str:
    """The ``-filter_complex`` joining inputs ``0..n-1`` (of these durations) into ``[out]``.

    Without ``crossfade`` every joint fades the end of the piece before it out and the start of
    the piece after it in, each over ``fade`` seconds (at most half a piece), so the result lasts
    the sum of the inputs. With ``crossfade`` consecutive pieces overlap by ``fade`` seconds
    (1 s when ``fade`` is 0) through ``acrossfade``.
    """
    last = len(durations) - 1
    chains: list[str] = []
    for i, duration in enumerate(durations):
        steps = [_NORMALIZE, "asetpts=PTS-STARTPTS"]
        length = min(fade, duration / 2)
        if not crossfade and length > 0:
            if i > 0:
                steps.append(f"afade=t=in:st=0:d={length:.3f}")
            if i < last:
                steps.append(f"afade=t=out:st={duration - length:.3f}:d={length:.3f}")
        chains.append(f"[{i}:a:0]{','.join(steps)}[a{i}]")
    if not crossfade:
        pads = "".join(f"[a{i}]" for i in range(len(durations)))
        chains.append(f"{pads}concat=n={len(durations)}:v=0:a=1[out]")
        return ";".join(chains)
    overlap = fade if fade > 0 else 1.0
    current = "a0"
    for i in range(1, len(durations)):
        # An overlap longer than either piece is cut to the shorter one (acrossfade needs it).
        d = max(0.01, min(overlap, durations[i - 1] / 2, durations[i] / 2))
        target = "out" if i == last else f"x{i}"
        chains.append(f"[{current}][a{i}]acrossfade=d={d:.3f}:c1=tri:c2=tri[{target}]")
        current = target
    return ";".join(chains)


def mix_graph(count: int, duration: str, average: bool) -> str:
    """The ``-filter_complex`` mixing inputs ``0..count-1`` into ``[out]``: ``duration`` is
    ``first``, ``longest`` or ``shortest``; ``average`` scales each input by 1/count, else the
    inputs are added at their own volume."""
    chains = [f"[{i}:a:0]{_NORMALIZE}[a{i}]" for i in range(count)]
    pads = "".join(f"[a{i}]" for i in range(count))
    normalize = 1 if average else 0
    chains.append(f"{pads}amix=inputs={count}:duration={duration}:dropout_transition=0:normalize={normalize}[out]")
    return ";".join(chains)


def mix_length(durations: Sequence[float], rule: str) -> float:
    """How long a mix of inputs of ``durations`` lasts under ``rule`` (first, longest, shortest)."""
    if rule == "first":
        return durations[0]
    return min(durations) if rule == "shortest" else max(durations)
