"""Write the kiosk's two sounds, ``resources/sounds/success.wav`` and ``refusal.wav``.

Usage: python scripts/make_sounds.py. Standard library only (``wave``): short sine tones with a
soft attack and decay, 16-bit mono at 22.05 kHz. Success rises (two bright notes); refusal falls
(two lower, longer notes), so the two differ by pitch and rhythm, not by loudness alone.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
SOUNDS = Path(__file__).resolve().parents[1] / "resources" / "sounds"

#: (frequency Hz, duration s) per note; a note of frequency 0 is a pause.
SUCCESS = [(659.25, 0.09), (0.0, 0.02), (987.77, 0.16)]  # E5 then B5
REFUSAL = [(392.00, 0.16), (0.0, 0.04), (261.63, 0.26)]  # G4 then C4


def _note(frequency: float, seconds: float, volume: float) -> list[float]:
    count = int(RATE * seconds)
    if frequency == 0.0:
        return [0.0] * count
    ramp = int(RATE * 0.008)
    samples = []
    for i in range(count):
        t = i / RATE
        # A touch of the octave above rounds off the pure sine; the ramps avoid clicks at both ends.
        tone = math.sin(2 * math.pi * frequency * t) + 0.25 * math.sin(4 * math.pi * frequency * t)
        envelope = min(1.0, i / ramp, (count - i) / ramp) * math.exp(-3.0 * t / seconds)
        samples.append(volume * tone * envelope / 1.25)
    return samples


def write(path: Path, notes: list[tuple[float, float]], volume: float = 0.7) -> None:
    samples: list[float] = []
    for frequency, seconds in notes:
        samples.extend(_note(frequency, seconds, volume))
    frames = b"".join(struct.pack("<h", round(s * 32_767)) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main() -> None:
    SOUNDS.mkdir(parents=True, exist_ok=True)
    write(SOUNDS / "success.wav", SUCCESS)
    write(SOUNDS / "refusal.wav", REFUSAL)
    for name in ("success.wav", "refusal.wav"):
        print(f"wrote {SOUNDS / name}")


if __name__ == "__main__":
    main()
