"""Kiosk sounds: real WAV files, played by an outside player in the background, or silence."""

from __future__ import annotations

import logging
import sys
import wave

from aptaskil_desk.resources import resource_path
from aptaskil_desk.ui.sound import Sound, SoundPlayer


def test_both_sounds_are_short_wav_files():
    """success.wav and refusal.wav exist, are mono 16-bit, and last well under a second."""
    for name in Sound:
        with wave.open(str(resource_path("sounds", f"{name.value}.wav"))) as wav:
            seconds = wav.getnframes() / wav.getframerate()
            assert wav.getnchannels() == 1 and wav.getsampwidth() == 2
            assert 0.1 < seconds < 0.8


def test_player_is_started_with_the_sound_file(tmp_path, qtbot):
    """The player command gets the WAV's path and runs without the kiosk waiting for it."""
    out = tmp_path / "played.txt"
    script = "import pathlib, sys; pathlib.Path(sys.argv[1]).write_text(sys.argv[2])"
    player = SoundPlayer(command=[sys.executable, "-c", script, str(out)])
    player.play(Sound.REFUSAL)
    qtbot.waitUntil(lambda: out.exists() and out.read_text().endswith("refusal.wav"))
    assert out.read_text() == str(resource_path("sounds", "refusal.wav"))


def test_muted_or_playerless_kiosks_stay_silent_and_say_so_once(monkeypatch, caplog, tmp_path):
    """Muted: nothing starts. No player on the system: nothing starts and one warning is logged."""
    started: list[object] = []
    monkeypatch.setattr("subprocess.Popen", lambda *a, **k: started.append(a))
    SoundPlayer(muted=True).play(Sound.SUCCESS)
    assert started == []
    if sys.platform == "win32":
        return
    monkeypatch.setattr("shutil.which", lambda name: None)
    player = SoundPlayer()
    with caplog.at_level(logging.WARNING):
        player.play(Sound.SUCCESS)
        player.play(Sound.REFUSAL)
    assert started == []
    assert [r.getMessage() for r in caplog.records] == ["kiosk sounds are off: no sound player (paplay or aplay) found"]
