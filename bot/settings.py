"""Settings, read from the environment or a ``.env`` file (all documented in README.md)."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from models.periods import Windows
from models.scorecard import Weights, parse_weights, weights_text

PROJECT_DIR = Path(__file__).resolve().parent.parent
BUNDLED_PLAN = PROJECT_DIR / "data" / "plans" / "nghi-duong-2025-h2.yaml"


def _env(name: str) -> AliasChoices:
    return AliasChoices(name)


class Settings(BaseSettings):
    """Everything an installation can change without touching code."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    database_url: str = Field(
        default="sqlite:///nhacviec.db", validation_alias=_env("DATABASE_URL")
    )
    timezone: str = Field(default="Asia/Ho_Chi_Minh", validation_alias=_env("NHACVIEC_TIMEZONE"))
    clock_start: datetime | None = Field(
        default=None, validation_alias=_env("NHACVIEC_CLOCK_START")
    )
    clock_speed: float = Field(default=1.0, gt=0, validation_alias=_env("NHACVIEC_CLOCK_SPEED"))
    locale: str = Field(default="vi", validation_alias=_env("NHACVIEC_LOCALE"))
    plan_file: Path = Field(default=BUNDLED_PLAN, validation_alias=_env("NHACVIEC_PLAN_FILE"))
    telegram_bot_token: SecretStr | None = Field(
        default=None, validation_alias=_env("TELEGRAM_BOT_TOKEN")
    )
    telegram_api_url: str = Field(
        default="https://api.telegram.org/bot", validation_alias=_env("TELEGRAM_API_URL")
    )
    zalo_bot_token: SecretStr | None = Field(default=None, validation_alias=_env("ZALO_BOT_TOKEN"))
    zalo_api_url: str = Field(
        default="https://bot-api.zaloplatforms.com", validation_alias=_env("ZALO_API_URL")
    )
    zalo_webhook_secret: SecretStr | None = Field(
        default=None, validation_alias=_env("ZALO_WEBHOOK_SECRET")
    )
    webhook_secret: SecretStr | None = Field(
        default=None, validation_alias=_env("NHACVIEC_WEBHOOK_SECRET")
    )
    # The web face (bot/web): the public base URL links start with, where it listens, and
    # the secret that signs its links (generated and stored in the database when unset).
    web_url: str | None = Field(default=None, validation_alias=_env("NHACVIEC_WEB_URL"))
    web_port: int = Field(default=8080, ge=0, le=65535, validation_alias=_env("NHACVIEC_WEB_PORT"))
    web_listen: str = Field(default="127.0.0.1", validation_alias=_env("NHACVIEC_WEB_LISTEN"))
    web_secret: SecretStr | None = Field(
        default=None, validation_alias=_env("NHACVIEC_WEB_SECRET")
    )

    reminder_days_before: str = Field(
        default="7,3,1,0", validation_alias=_env("NHACVIEC_REMINDER_DAYS")
    )
    reminder_coordinating_days: str = Field(
        default="3", validation_alias=_env("NHACVIEC_REMINDER_COORDINATING_DAYS")
    )
    reminder_time: time = Field(
        default=time(8, 0), validation_alias=_env("NHACVIEC_REMINDER_TIME")
    )
    working_hours: str = Field(
        default="07:30-17:00", validation_alias=_env("NHACVIEC_WORKING_HOURS")
    )
    overdue_every: int = Field(
        default=2, ge=1, validation_alias=_env("NHACVIEC_OVERDUE_EVERY_WORKING_DAYS")
    )
    overdue_max: int = Field(default=5, ge=0, validation_alias=_env("NHACVIEC_OVERDUE_MAX"))
    late_limit_hours: float = Field(
        default=12, gt=0, validation_alias=_env("NHACVIEC_LATE_LIMIT_HOURS")
    )
    # Requests for more time and registrations nobody decided close after this many
    # days, with a notice; 0 keeps them waiting for ever.
    pending_days: int = Field(default=7, ge=0, validation_alias=_env("NHACVIEC_PENDING_DAYS"))
    # How a quarter or a half-year is cut in reports: calendar periods, or the Ministry of
    # Home Affairs' windows (models.periods).
    report_windows: Windows = Field(
        default=Windows.CALENDAR, validation_alias=_env("NHACVIEC_REPORT_WINDOWS")
    )
    # What each milestone outcome is worth in the units' scorecard (models.scorecard).
    scorecard_weights: str = Field(
        default="on_time=1,late=0.5,overdue=0", validation_alias=_env("NHACVIEC_SCORECARD_WEIGHTS")
    )

    @field_validator("reminder_days_before", "reminder_coordinating_days")
    @classmethod
    def _day_list(cls, value: str) -> str:
        days = [part.strip() for part in value.split(",") if part.strip()]
        if not days or not all(day.isdigit() for day in days):
            raise ValueError("write days as numbers separated by commas, e.g. 7,3,1,0")
        return ",".join(days)

    @field_validator("report_windows", mode="before")
    @classmethod
    def _known_windows(cls, value: object) -> object:
        if isinstance(value, str) and value.strip().lower() not in set(Windows):
            raise ValueError(
                "NHACVIEC_REPORT_WINDOWS is calendar (calendar quarters and halves) or moha "
                "(the Ministry of Home Affairs' windows, 15th to 14th)"
            )
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("scorecard_weights")
    @classmethod
    def _weights(cls, value: str) -> str:
        return weights_text(parse_weights(value))  # ValueError says what is wrong

    @property
    def weights(self) -> Weights:
        """The scorecard's weights."""
        return parse_weights(self.scorecard_weights)

    @field_validator("working_hours")
    @classmethod
    def _hours(cls, value: str) -> str:
        start, _, end = value.partition("-")
        if time.fromisoformat(start.strip()) >= time.fromisoformat(end.strip()):
            raise ValueError("working hours must start before they end, e.g. 07:30-17:00")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as error:
            # A KeyError escapes pydantic as a trace; a ValueError is reported as the setting's.
            raise ValueError(f"unknown time zone {value!r}") from error
        return value

    @field_validator("web_url")
    @classmethod
    def _web_base_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip().rstrip("/")
        if not value.startswith(("https://", "http://")) or "?" in value or "#" in value:
            raise ValueError("NHACVIEC_WEB_URL is a base URL, e.g. https://xa.example.vn/nhacviec")
        return value

    @field_validator("web_secret")
    @classmethod
    def _long_web_secret(cls, value: SecretStr | None) -> SecretStr | None:
        # A short secret could be guessed offline from one signed link.
        if value is not None and len(value.get_secret_value()) < 32:
            raise ValueError("NHACVIEC_WEB_SECRET needs at least 32 characters")
        return value

    @field_validator("clock_start")
    @classmethod
    def _aware_clock_start(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError(
                "NHACVIEC_CLOCK_START needs a UTC offset, e.g. 2025-12-05T07:55:00+07:00"
            )
        return value

    @property
    def tz(self) -> ZoneInfo:
        """The local time zone."""
        return ZoneInfo(self.timezone)
