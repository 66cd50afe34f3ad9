"""The kiosk's two sounds (success, refusal), played without QtMultimedia.

PySide6-Essentials has no QtMultimedia, so the platform plays the WAV files from
``resources/sounds``: ``winsound`` on Windows, else ``paplay`` (PulseAudio/PipeWire) or ``aplay``
(ALSA) started in the background. Without a player the kiosk stays silent and says so once in
the log: the screen carries every answer anyway, a sound only repeats it.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

from aptaskil_desk.resources import resource_path

log = logging.getLogger(__name__)

#: Players tried in turn on systems without ``winsound``, with their "quiet" options.
_PLAYERS = (("paplay",), ("aplay", "-q"))


class Sound(StrEnum):
    SUCCESS = "success"
    REFUSAL = "refusal"


class SoundPlayer:
    """Plays a :class:`Sound` without waiting for it to end.

    Args:
        muted: play nothing (tests, or a terminal in a quiet room).
        command: the player to start as ``command + [wav path]``; found on the system when omitted.
    """

    def __init__(self, muted: bool = False, *, command: Sequence[str] | None = None) -> None:
        self.muted = muted
        self._command = list(command) if command is not None else None
        self._searched = command is not None
        self._silent_logged = False

    def play(self, sound: Sound) -> None:
        """Start playing ``sound`` in the background; never raises, never blocks."""
        if self.muted:
            return
        path = resource_path("sounds", f"{sound.value}.wav")
        if sys.platform == "win32" and self._command is None:
            self._play_windows(path)
            return
        command = self._player()
        if command is None:
            self._silent("no sound player (paplay or aplay) found")
            return
        try:
            # Not waited for: the subprocess module reaps finished players on its next start.
            subprocess.Popen(
                [*command, str(path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                close_fds=True,
            )
        except OSError as error:
            self._silent(f"{command[0]} could not be started: {error}")

    def _player(self) -> list[str] | None:
        if not self._searched:
            self._searched = True
            for name, *options in _PLAYERS:
                found = shutil.which(name)
                if found:
                    self._command = [found, *options]
                    break
        return self._command

    def _play_windows(self, path: Path) -> None:
        if sys.platform == "win32":  # for the type checker: winsound exists on Windows only
            import winsound

            try:
                winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT)
            except RuntimeError as error:
                self._silent(f"winsound failed: {error}")

    def _silent(self, why: str) -> None:
        if not self._silent_logged:
            self._silent_logged = True
            log.warning("kiosk sounds are off: %s", why)
