"""Picture captchas: a few big digits, slightly tilted, easy for a person to read.

The answer is stored as a keyed hash, is single use (right or wrong) and expires.
"""

from __future__ import annotations

import base64
import io
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from .clock import Clock
from .database import Database
from .problems import Problem
from .secrets_store import SecretHasher, new_digits, new_id

_PURPOSE = "captcha"


@dataclass(frozen=True)
class CaptchaAnswer:
    id: str
    answer: str


def draw_digits(digits: str) -> bytes:
    """A PNG of the digits, each tilted and shifted a little over a faint grid."""
    width, height = 62 * len(digits) + 40, 120
    image = Image.new("RGB", (width, height), (250, 250, 245))
    draw = ImageDraw.Draw(image)
    rng = secrets.SystemRandom()
    for _ in range(6):
        y = rng.randrange(10, height - 10)
        draw.line([(0, y), (width, y + rng.randrange(-20, 20))], fill=(200, 205, 215), width=2)
    font = ImageFont.load_default(size=64)
    tile = 100
    for index, digit in enumerate(digits):
        glyph = Image.new("RGBA", (tile, tile), (0, 0, 0, 0))
        left, top, right, bottom = font.getbbox(digit)
        origin = ((tile - (right - left)) / 2 - left, (tile - (bottom - top)) / 2 - top)
        ImageDraw.Draw(glyph).text(origin, digit, font=font, fill=(25, 45, 90, 255))
        glyph = glyph.rotate(rng.uniform(-18, 18), resample=Image.Resampling.BICUBIC)
        x = index * 62 + rng.randrange(-4, 5)
        image.paste(glyph, (x, (height - tile) // 2 + rng.randrange(-8, 9)), glyph)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


class CaptchaService:
    def __init__(
        self,
        db: Database,
        hasher: SecretHasher,
        clock: Clock,
        *,
        ttl_s: int,
        digits: int,
        remember_answers: bool = False,
    ) -> None:
        self._db, self._hasher, self._clock = db, hasher, clock
        self._ttl_s, self._digits = ttl_s, digits
        #: Only for tests that must read the picture as a person would (set by the test fixture,
        #: never by the command line): captcha id -> digits.
        self.answers: dict[str, str] | None = {} if remember_answers else None

    def create(self) -> dict[str, Any]:
        """A fresh captcha as the API shows it: `{id, image_png_base64, expires_in}`."""
        answer = new_digits(self._digits)
        captcha_id = new_id()
        if self.answers is not None:
            self.answers[captcha_id] = answer
        expires_at = self._clock.now() + timedelta(seconds=self._ttl_s)
        self._db.execute(
            "INSERT INTO captchas (id, answer_hash, expires_at) VALUES (?, ?, ?)",
            (captcha_id, self._hasher.digest(_PURPOSE, answer), expires_at.isoformat()),
        )
        return {
            "id": captcha_id,
            "image_png_base64": base64.b64encode(draw_digits(answer)).decode("ascii"),
            "expires_in": self._ttl_s,
        }

    def solved(self, answer: CaptchaAnswer | None) -> bool:
        """Checks and uses up an answer. Whitespace is ignored."""
        if answer is None:
            return False
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT answer_hash, expires_at, used FROM captchas WHERE id = ?", (answer.id,)
            ).fetchone()
            if row is None or row["used"]:
                return False
            conn.execute("UPDATE captchas SET used = 1 WHERE id = ?", (answer.id,))
        if row["expires_at"] <= self._clock.now().isoformat():
            return False
        typed = "".join(answer.answer.split())
        return self._hasher.matches(_PURPOSE, typed, row["answer_hash"])

    def demand(self, answer: CaptchaAnswer | None) -> None:
        """Raises `captcha-required` unless `answer` solves a live captcha."""
        if not self.solved(answer):
            raise Problem(
                "captcha-required", captcha=self.create(), invalid_answer=answer is not None
            )
