"""Keys and sealed explanations, specified once here and mirrored in ``pakru-quiz.js``.

* The salt of a question is ``pakru:{quiz}:{question}:{kind}:``, so equal answers
  to different questions hash differently.
* The key of an accepted answer is ``sha256(salt + normalised answer)`` in hex.
  SHA-256 is fast on purpose: a slow hash would not protect a four-option
  question either, and the page must check answers instantly.
* The explanation is XOR-ed with a SHA-256 counter-mode keystream under a
  content key. Each accepted answer carries that content key wrapped (XOR-ed)
  with ``sha256("wrap:" + salt + answer)``, so only a correct answer unlocks it.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

KEY_BYTES = 32


def question_salt(quiz_id: str, question_id: str, kind: str) -> str:
    return f"pakru:{quiz_id}:{question_id}:{kind}:"


def sha256(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


def answer_key(salt: str, normalised_answer: str) -> str:
    return sha256(salt + normalised_answer).hex()


def xor(left: bytes, right: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(left, right, strict=True))


def keystream(content_key: bytes, length: int) -> bytes:
    blocks = (
        hashlib.sha256(content_key + index.to_bytes(4, "big")).digest() for index in range(length // 32 + 1)
    )
    return b"".join(blocks)[:length]


@dataclass(frozen=True)
class AcceptedKey:
    """One accepted answer, as the page and pytest see it: a hash and a wrapped key."""

    key: str
    wrap: str


def content_key_for(salt: str, model_answer: str) -> bytes:
    # Derived, not random, so re-sealing an unchanged quiz leaves the file unchanged.
    return sha256("content:" + salt + model_answer)


def seal_answer(salt: str, normalised_answer: str, content_key: bytes) -> AcceptedKey:
    wrap = xor(content_key, sha256("wrap:" + salt + normalised_answer))
    return AcceptedKey(key=answer_key(salt, normalised_answer), wrap=wrap.hex())


def encrypt_explanation(content_key: bytes, explanation: str) -> str:
    plain = explanation.encode("utf-8")
    return base64.b64encode(xor(plain, keystream(content_key, len(plain)))).decode("ascii")


def unlock_explanation(salt: str, normalised_answer: str, accepted: AcceptedKey, sealed: str) -> str:
    """Decrypt with the student's (correct) answer; callers check the key first."""
    content_key = xor(bytes.fromhex(accepted.wrap), sha256("wrap:" + salt + normalised_answer))
    cipher = base64.b64decode(sealed)
    return xor(cipher, keystream(content_key, len(cipher))).decode("utf-8")
