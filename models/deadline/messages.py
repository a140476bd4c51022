"""The explanations, one msgid per rule family, and the refusal that carries one when a
rule recognises a phrase but cannot honestly turn it into dates; some of them name a date
that does not exist (:func:`names_impossible_date`)."""

from __future__ import annotations

from models.deadline.schedule import Schedule, ScheduleKind
from models.text import N_

# --- Explanations ------------------------------------------------------------------------
# One msgid per rule family. Dates go in as dd/mm/yyyy strings, lists joined by ", ".

_DUE_ON = N_("Due on {date}.")
_DUE_BEFORE = N_("Due before {limit}, so the last day is {date}.")
_BEFORE_MONTH = N_("Due before month {month}/{year} begins, so the last day is {date}.")
_BEFORE_QUARTER = N_("Due before quarter {quarter}/{year} begins, so the last day is {date}.")
_MONTH_END = N_("Due at the end of month {month}/{year}: {date}.")
_MONTH_ENDS = N_("Due at the end of each month named: {dates}.")
_QUARTER_END = N_("Due at the end of quarter {quarter}/{year}: {date}.")
_QUARTER_ENDS = N_("Due at the end of each quarter named: {dates}.")
_YEAR_END = N_("Due at the end of {year}: {date}.")
_EACH_NAMED = N_("Due at each deadline named: {dates}.")
_MONTH_SPAN = N_(
    "Work from month {first} to month {last}, due at the end of month {last}: {date}."
)
_QUARTER_SPAN = N_(
    "Work from quarter {first} to quarter {last}, due at the end of quarter {last}: {date}."
)
_DAY_SPAN = N_("Work from {first} to {date}, due on its last day.")
_COUNTED_FROM_START = N_("Work for {count} days from {first}, due on the last of them: {date}.")
_YEAR_SPAN = N_("Work from {first} to {last}, due at the end of {last}: {date}.")
_YEARS_IN_PERIOD = N_(
    "Each year from {first} to {last} is due at its end; those in the plan period: {dates}."
)
_YEARS_AFTER_PERIOD = N_(
    "Each year from {first} to {last} is due at its end; none ends in the plan period,"
    " so the last one counts: {dates}."
)
_EVERY_MONTH_END = N_("Recurring at the end of every month in the plan period: {dates}.")
_EVERY_QUARTER_END = N_("Recurring at the end of every quarter in the plan period: {dates}.")
_EVERY_HALF_YEAR_END = N_(
    "Recurring at the end of every half-year (30/06 and 31/12) in the plan period: {dates}."
)
_EVERY_YEAR_END = N_("Recurring at the end of every year in the plan period: {dates}.")
_MONTHLY_ON_DAY = N_("Recurring on day {day} of every month in the plan period: {dates}.")
_MONTHLY_BEFORE_DAY = N_("Recurring before day {day} of every month in the plan period: {dates}.")
_QUARTERLY_ON_DAY = N_(
    "Recurring on day {day} of the last month of every quarter in the plan period: {dates}."
)
_FIRST_MONTH_OF_QUARTER_ON_DAY = N_(
    "Recurring on day {day} of the first month of every quarter in the plan period: {dates}."
)
_QUARTERLY_BEFORE_DAY = N_(
    "Recurring before day {day} of the last month of every quarter in the plan period: {dates}."
)
_HALF_YEARLY_ON_DAY = N_(
    "Recurring on day {day} of the last month of every half-year (June and December)"
    " in the plan period: {dates}."
)
_HALF_YEARLY_BEFORE_DAY = N_(
    "Recurring before day {day} of the last month of every half-year (June and December)"
    " in the plan period: {dates}."
)
_YEARLY_ON_DATE = N_("Recurring on {day_month} every year in the plan period: {dates}.")
_YEARLY_BEFORE_DATE = N_("Recurring before {day_month} every year in the plan period: {dates}.")
_YEARLY_MONTH_ENDS = N_(
    "Recurring at the end of month {named} every year in the plan period: {dates}."
)
_YEARLY_QUARTER_ENDS = N_(
    "Recurring at the end of quarter {named} every year in the plan period: {dates}."
)
_YEARLY_DAY_SPAN = N_(
    "Work every year from {first} to {last}, due on its last day; in the plan period: {dates}."
)
_YEARLY_MONTH_SPAN = N_(
    "Work every year from month {first} to month {last}, due at the end of month {last};"
    " in the plan period: {dates}."
)
_MONTHLY_ON_DAYS = N_("Recurring on days {days} of every month in the plan period: {dates}.")
_MONTHLY_BEFORE_DAYS = N_(
    "Recurring before days {days} of every month in the plan period: {dates}."
)
# One msgid per weekday, so that each translation names the day in its own words.
_WEEKLY_ON = (
    N_("Recurring every Monday in the plan period: {dates}."),
    N_("Recurring every Tuesday in the plan period: {dates}."),
    N_("Recurring every Wednesday in the plan period: {dates}."),
    N_("Recurring every Thursday in the plan period: {dates}."),
    N_("Recurring every Friday in the plan period: {dates}."),
    N_("Recurring every Saturday in the plan period: {dates}."),
    N_("Recurring every Sunday in the plan period: {dates}."),
)
_LAST_WEEKDAY_MONTHLY = N_(
    "Recurring on the weekday named, the last of its kind in every month of the plan period:"
    " {dates}."
)
_FIRST_WEEKDAY_MONTHLY = N_(
    "Recurring on the weekday named, the first of its kind in every month of the plan period:"
    " {dates}."
)
_WEEKLY_ON_DAYS = N_("Recurring every week on each weekday named, in the plan period: {dates}.")
_WEEKDAY_DISAGREES = N_(
    "“{text}” gives a weekday that {date} does not fall on, so which is meant is not certain;"
    " the coordinator needs to set a date."
)
_PART_OF_DAY_NOTED = N_("The part of the day written is noted; reminders go by the date.")
_YEARLY_ON_DATES = N_("Recurring on each of {day_months} every year in the plan period: {dates}.")
_YEARLY_BEFORE_DATES = N_(
    "Recurring before each of {day_months} every year in the plan period: {dates}."
)
_PERIODS_DISAGREE = N_(
    "“{text}” gives a period and then dates that do not fit it, so which is meant is not"
    " certain; the coordinator needs to set a date."
)
_COUNT_DISAGREES = N_(
    "“{text}” gives {count} months but names {named} months, so which is meant is not certain;"
    " the coordinator needs to set a date."
)
_DAY_COUNT_DISAGREES = N_(
    "“{text}” gives a count of days ({count}) other than the number of days it names"
    " ({named}), so which is meant is not certain; the coordinator needs to set a date."
)
_ROUND_OR_DAY = N_(
    "“{text}” writes a round's number right before a month, so whether it numbers the round"
    " or gives the day is not certain; the coordinator needs to set a date."
)
_MAY_BE_LUNAR = N_(
    "“{text}” gives a day that may count by the lunar calendar, without a solar date and its"
    " year; the coordinator needs to set a date."
)
_WRAPPED_IN_DOUBT = N_(
    "“{text}” gives a date with words around it that may change when it falls due (a"
    " negation, an alternative, a condition, “after”, a repetition, a vague part of a period"
    " or another time); the coordinator needs to set a date."
)
_AD_HOC = N_("Also whenever asked (ad hoc); such requests bring their own dates.")
_ONGOING_WITH_REPORT = N_(
    "The work itself is ongoing; reminders follow the report the text dates."
)
_ONGOING = N_("Ongoing, with no due date.")
_NO_DEADLINE = N_("No deadline given; the coordinator needs to set a date.")
_UNREADABLE = N_("Cannot read “{text}” as a deadline; the coordinator needs to set a date.")
_NO_SUCH_DATE = N_(
    "“{text}” names a date, month or quarter that does not exist;"
    " the coordinator needs to set a date."
)
_NO_SUCH_DAY = N_(
    "“{text}” names {date}, a date that does not exist; the coordinator needs to set a date."
)
_NO_SUCH_DAY_OF_MONTH = N_(
    "“{text}” names day {day} of a month, which no month has; the coordinator needs to set a date."
)
_NO_SUCH_MONTH = N_(
    "“{text}” names month {month}, which does not exist; the coordinator needs to set a date."
)
_NO_SUCH_QUARTER = N_(
    "“{text}” names quarter {quarter}, which does not exist; the coordinator needs to set a date."
)
_NO_SUCH_YEAR = N_(
    "“{text}” names the year {year}, which the calendar cannot hold;"
    " the coordinator needs to set a date."
)
_LEAP_DAY_EVERY_YEAR = N_(
    "“{text}” names 29/02 every year, a day most years lack; the coordinator needs to set a date."
)
_OUT_OF_ORDER = N_(
    "“{text}” lists its deadlines out of order, so which year each belongs to is not certain;"
    " the coordinator needs to set a date."
)
_NO_REPORTING_PERIOD = N_(
    "“{text}” names a day of the last month of the reporting period, but not whether that"
    " period is a month, a quarter, a half-year or a year; the coordinator needs to set a date."
)
_SPELLED_DIFFERENTLY = N_(
    "“{text}” writes {figures} in figures but {words} in words, so which is meant is not"
    " certain; the coordinator needs to set a date."
)
_TIME_OF_DAY = N_("The time of day written ({time}) is noted; reminders go by the date.")
_DEKAD_ENDS = (
    N_("Due by the end of the first ten days of month {month}/{year}: {date}."),
    N_("Due by the end of the middle ten days of month {month}/{year}: {date}."),
    N_("Due by the end of the last ten days of month {month}/{year}: {date}."),
)
# The weeks of a month counted in sevens of days from the 1st; the last week ends with the
# month. Index 0 is the last week, 1 to 4 the first to the fourth.
_LAST_WEEK_END = N_("Due by the end of the last week of month {month}/{year}: {date}.")
# Half a month: the first half ends on the 15th, the second with the month.
_HALF_MONTH_ENDS = (
    N_("Due by the end of the first half of month {month}/{year}: {date}."),
    N_("Due by the end of the second half of month {month}/{year}: {date}."),
)
_WHICH_WEEK = N_(
    "“{text}” names a week of the month by its number, and which days make that week (the"
    " first seven days, or a calendar week from Monday) is not certain; the coordinator needs"
    " to set a date."
)
_SPAN_IN_SEVERAL_YEARS = N_(
    "“{text}” names days without a year, and the plan period holds them in more than one"
    " year ({dates}); the coordinator needs to set a date."
)
_SPAN_OUTSIDE_PERIOD = N_(
    "“{text}” names days without a year, and they do not fall wholly inside the plan period"
    " {start} to {end}; the coordinator needs to set a date."
)
_LUNAR_NOT_CONVERTED = N_(
    "“{text}” gives a date of the lunar calendar, which is not converted;"
    " the coordinator needs to set the solar date."
)
_NONE_IN_PERIOD = N_(
    "“{text}” recurs, but no occurrence falls inside the plan period {start} to {end};"
    " the coordinator needs to set a date."
)

# The reasons that mean the text names a date, day, month or quarter that does not exist.
_IMPOSSIBLE = frozenset(
    {
        _NO_SUCH_DATE,
        _NO_SUCH_DAY,
        _NO_SUCH_DAY_OF_MONTH,
        _NO_SUCH_MONTH,
        _NO_SUCH_QUARTER,
        _NO_SUCH_YEAR,
        # Figures and words that disagree are a typo as surely as 32/12 is; so are a
        # weekday and a date that disagree.
        _SPELLED_DIFFERENTLY,
        _WEEKDAY_DISAGREES,
        # A period restated as dates of another period, or a count of months (or days) that
        # the months (or days) named do not make up, contradicts itself the same way.
        _PERIODS_DISAGREE,
        _COUNT_DISAGREES,
        _DAY_COUNT_DISAGREES,
    }
)


def names_impossible_date(schedule: Schedule) -> bool:
    """Whether ``schedule`` is unknown because its text names a date that does not exist.

    Such a text is a typo ("32/12/2025", "31/02"), not a way of writing a deadline: an
    import reports it as a warning naming the row, while a phrase merely not understood
    ("Khi có yêu cầu") is left to the coordinator quietly.
    """
    return schedule.kind is ScheduleKind.UNKNOWN and schedule.explanation.msgid in _IMPOSSIBLE


class _Refusal(Exception):
    """A rule recognised the phrase but cannot honestly turn it into dates."""

    def __init__(self, msgid: str, **details: str | int) -> None:
        super().__init__(msgid)
        self.msgid = msgid
        self.details = details
