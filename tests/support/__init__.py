"""Helpers shared by the test suite: a local Telegram Bot API emulator for end-to-end tests."""

from __future__ import annotations

from tests.support.botapi import ApiError, BotApiEmulator, FakeUser

__all__ = ["ApiError", "BotApiEmulator", "FakeUser"]
