"""Read the free-text deadline column of a plan into a schedule.

Commune plans write deadlines the way officials speak: "Quý III, IV/2025", "Trước ngày 20 của
tháng cuối quý", "Thường xuyên", "Định kỳ 6 tháng, năm", "Trước ngày 30/6 hằng năm", "Từ tháng
7 đến tháng 12/2025", "Thường xuyên; báo cáo kết quả trước ngày 15/12/2026". This package reads
the forms the product spec and issue 14 name, the forms real plans' deadline columns hold
("2025", "Nhiệm vụ thường xuyên"), and their everyday variants (case, diacritics, spacing,
separators, parentheses, the older spelling "quí", a missing year, lead words such as "Dự kiến"
or "Thời hạn:", a time of day beside a date, numbers also spelt out in brackets, spans whose
ends are of different kinds, "Vào" before a deadline, a part of the day or a weekday before a
date, a few generic action words and a recipient before a deadline as in "Dự kiến tổ chức
trước ngày ..." or "Báo cáo kết quả về UBND xã trước ngày ...", a month with a dashed year,
a start and an end written apart, a count of months with the months named, a period restated
in brackets, a weekday in brackets after a date as in "Ngày 14/10/2025 (thứ Ba)", "Trước
thời hạn ...", windows of days without a year as farm calendars write them ("12-18/12",
"28/12-6/1", read only in the one year the plan period holds them), the ten days of a month
("Trung tuần tháng 11/2025"), a lunar date with its solar date in brackets, "Từ nay đến trước
ngày ...", "mùng" before the day of a solar date ("Ngày mồng 2/9/2026"), a count of days with
the days named ("Trong 02 ngày 16-17/3/2026", read only when the two agree), a comma or "cho"
before "đến" in a span, a named day with its date ("Trước ngày Quốc khánh (2/9)"; no table of
holidays), the weeks of a month ("Tuần đầu tháng 10/2026": days 1 to 7; "tuần cuối": to the
month's end), half a month ("Nửa đầu tháng 8/2026": to the 15th; "nửa cuối": to the
month's end), words typed without their space ("Trướcngày 15/7/2026", "03/06/2026đến"),
minutes marked with a prime ("24 giờ 00’"), "Đúng" before a date or a time, a lunar date
in brackets after a solar one (dropped unconverted; never read as recurring), "Trong
các ngày từ X đến Y", a month or a quarter after "trước" ("Trước tháng 12.2026": the last day
of November), a lunar span in brackets after the solar span it restates, a closed list of
labels before a deadline (an event, "Khai mạc", "Bế mạc", "Ra quân"; a review, "Tổng kết",
"Sơ kết", followed only by words saying when; a numbered round, "Đợt 1", "Lần 2", "Giai đoạn
II:", "Bước 3", alone or listed as milestones), a note after it saying where its details come
from ("(có văn bản riêng)", "(theo hướng dẫn của cấp trên)"), "Định kỳ vào" before what
recurs, "Cuối mỗi tháng", "Không quá ngày ...", "Vào hồi 8 giờ", hours of one day ("Từ 7h30
đến 11h ngày ..."), a part of the day after a date, characters that show as nothing, any
words without figures around a readable core unless one may change it (see :mod:`.wrapping`),
a count of days before its date or bound ("Trong 2 ngày, vào cuối tháng 5/2027") or from its
start ("45 ngày bắt đầu từ ngày 10/3/2027"), a span ending "trước ngày Y" or "cuối tháng M",
"Vào các tháng 3, 5 và 8", and a lunar span in figures closed by "âm lịch")
and the
recurring forms "Ngày 12 và 27 hằng tháng", "Thứ Sáu hằng tuần", "Từ
ngày 01/10 đến ngày 30/11 hằng năm", "Trước ngày 15/6 và 30/11 hằng năm", "Thường xuyên, định
kỳ hằng quý báo cáo về Sở Nội vụ", and refuses everything else. A phrase is recognised only when it
explains the whole text; what cannot be read honestly becomes ``unknown`` with the reason, so
that the coordinator sets a date rather than the bot reminding people on a guess; a lunar
date alone is not converted, and says so. A date that
does not exist (32/12, 31/02) is refused with a reason naming it
(:func:`names_impossible_date`), so that an import can warn about it.

The package, read in this order (each module imports only those before it):
:mod:`.schedule` (what a deadline is read into) and :mod:`.messages` (the explanations
and the refusal that carries one); :mod:`.folding` (one spelling to match against);
:mod:`.brackets` (brackets after a solar date that add nothing to when: a lunar
restatement, parts of the day, a postmark note);
:mod:`.dates` (the calendar, lists of months or quarters, periodic units);
:mod:`.readers`, :mod:`.spans` and :mod:`.bounds` (a reader per rule family; :mod:`.bounds`
for "trước tháng", "trước quý"); :mod:`.phrases` (the phrase table); :mod:`.labels` (labels
before a deadline and notes after it); :mod:`.wrapping` (the rule for words wrapped around a
readable core, and the words that may change one); :mod:`.recipients`, :mod:`.compound`,
:mod:`.days` and :mod:`.extents` (cells of several parts; :mod:`.days` for counted days, named
days and "mùng"; :mod:`.extents` for spans ending "trước ngày" or at a month's end, counts of
days from a start and months after "các"); :mod:`.engine` (:func:`parse_deadline`, and the
cells whose parts it reads again, the wrapped core last).
"""

from models.deadline.engine import MAX_DEADLINE_TEXT, parse_deadline
from models.deadline.messages import names_impossible_date
from models.deadline.schedule import Period, Schedule, ScheduleKind

__all__ = [
    "MAX_DEADLINE_TEXT",
    "Period",
    "Schedule",
    "ScheduleKind",
    "names_impossible_date",
    "parse_deadline",
]
