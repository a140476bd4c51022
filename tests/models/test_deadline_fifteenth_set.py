"""The fifteenth held-out set, first part: deadlines and timetables of local plans and notices.

Every phrase here was copied from a plan (kế hoạch), notice (thông báo, công văn) or timetable of
a commune, district, town, city or province, of a provincial department or district office, of
a festival's organising board or of a provincial relief fund, or from the page of a provincial
paper, portal or district site that sets out such a plan's dates. None of the pages that give
the held-out phrases is cited by the fourteen earlier held-out sets or by the other deadline
test modules, nor, when this part was finished, by the second part of the fifteenth
(tests/models/test_deadline_fifteenth_set_second.py, collected at the same time by another
helper). They were found in the stored public pages, 12 of them, each cited below, beside its
plan's period, by its address. They cover temple festivals and a flower fair (văn hóa, lễ hội);
district sports congresses (thể dục thể thao); a poor-household survey and a relief payment
(lao động - thương binh và xã hội, Quỹ cứu trợ); rural roads and irrigation, a district's
rural-development file (nông thôn mới); the digitising of civil-status books (tư pháp, hộ
tịch); and food-safety inspections for the Mid-Autumn festival (an toàn thực phẩm).

From each page every time phrase that would stand in a plan's deadline or timetable cell was
taken, in the page's order, at most six from one page. The wording of the time expression is
kept as written; only what would not stand in the cell was trimmed, with a capital first letter
("Thời gian thực hiện kế hoạch đến ngày 31/12/2016" gives "Đến ngày 31/12/2016"; "tổ chức hoàn
thành trước 30/3/2025" gives "Hoàn thành trước 30/3/2025"). Dates a page gives only as when it
was written, as how far the work had got, or as what was already done were not taken. Each
phrase is read against the period of its plan, as the plan or page states it (from the day it
was issued, where the page gives that day), or its year where the page names only a year.

The readings were written down as a careful clerk would take each phrase, under the conventions
of tests/models/test_deadline.py, README.md's table of deadline forms and the earlier held-out
sets, before the engine was run on any of them; the engine code (models/deadline/) was not
opened while collecting, nor the engine run. "Trước ngày X" and "trước X" are the day before X
("Trước ngày 30-11-2022", "Hoàn thành trước 30/3/2025"); "Đến ngày X", "Từ nay đến hết X",
"Chậm nhất ... ngày X" and "Ngày X" are X, an hour of day X being X ("Chậm nhất vào lúc 10 giờ
30 ngày 21.1.2021 (ngày 9.12 âm lịch)"); "Trong tháng 10.2018" is the month's last day; a span
is due at its end ("Trong thời gian từ ngày 01/3/2025 đến ngày 20/3/2025", "Bắt đầu từ ngày
23/8 đến 20/9"); a count of days that agrees with the days named is their last day ("Trong 2
ngày 4 và 5.5 (ngày 30.3 và 1.4 âm lịch)", "Trong 3 ngày, từ ngày 18 đến 20 – 2 (tức từ 22 – 24
tháng Giêng âm lịch)"); a lunar restatement in brackets after a solar date or span is dropped;
a day and month with no year take the only year of the plan's period that holds them (Chí
Linh's festival in February 2017, the plan written on 30/12/2016; Hà Nội's inspections of
August and September 2019).

Left out, as readable two ways, with no certain day, a start with no end, written wrong,
without a year, or not local:

- written wrong: quận Hồng Bàng's Chợ Hoa Xuân Mậu Tuất 2018, "Trong 15 ngày, bắt đầu từ ngày
  31-1 đến ngày 15-2 (tức từ ngày 15 đến 30 tháng Chạp năm Đinh Dậu)": 31/1 to 15/2 are sixteen
  days, and so are the lunar days named (anhp.vn, quan-hong-bang-to-chuc-cho-hoa-xuan-tai-cong-
  vien-rong-bien-d17882.html, its only phrase);
- two ways: xã Minh Đức's (Đồng Nai) refuse collection "Định kỳ: 2 đến 3 lần/tuần (vào các ngày
  thứ 3, thứ 5 và Chủ nhật)" (two or three days a week?) and xã Ninh Hòa's (Hoa Lư, Ninh Bình)
  "Chiều thứ 2 chiều thứ 5" (minhduc.dongnai.gov.vn, thong-bao-138; ninhhoa.hoalu.ninhbinh.
  gov.vn, thong-bao-thay-doi-lich-thu-gom-rac-thai-tren-dia-ban-xa-ninh-hoa-763);
- a start with no end: the same pages' "Từ ngày 29 tháng 07 năm 2025" and "Từ chiều thứ 2, ngày
  17/3/2025"; xã An Viễn's (Đồng Nai) Hội Hoa Xuân "Dự kiến bắt đầu từ ngày 1/2/2026"
  (anvien.dongnai.gov.vn, ...-hoi-hoa-xuan-binh-ngo-2026-316); phường Hòa Minh's (Đà Nẵng)
  daytime refuse rounds "bắt đầu từ ngày 15/11/2017" (hoaminh.danang.gov.vn, thong-bao/729);
  Mỹ Tho's swimming classes "bắt đầu từ ngày 21/9", "từ tháng 2/2021" (daidoanket.vn, print/
  10166551);
- no certain day: Cẩm Giàng's Đền Bia festival "vào mùng 1.4 âm lịch" (a lunar day alone), on
  the page whose dated phrases are taken;
- without a year: phường Phú Hội's (Thừa Thiên Huế) summer and winter collection hours "từ ngày
  01/4 đến ngày 30/9", "từ ngày 01/10 đến 31/3 năm sau" (phuhoi.thuathienhue.gov.vn, tc=10899,
  undated, and seasons rather than deadlines); Thanh Chương's irrigation drive "từ 1- 31/12"
  (a tag page of baonghean.vn);
- not local: the Central Farmers' Union's contest of 2022, the Ministry's plan for foot-and-mouth
  vaccination of 2012 and 2014, the Central Youth Union's summer campaigns.

Many pages the searches returned had already been used by the earlier sets (Lai Vung's mandarin
festival, Quảng Trị's, Vĩnh Long's and Ninh Thuận's days of national unity, Đà Nẵng's and Quảng
Bình's livestock vaccination, Cửa Lò's refuse hours, Bắc Kạn city's farmers' contest, Duy
Xuyên's song festival, Phù Cừ's flower market, Hưng Đạo's Đình So festival, Hòa Thành's
vegetarian food festival, Đồng Tháp's and Châu Thành's sports congresses, Phú Thọ's election
timetable, Hải Dương's rural-development files of 2020, Tây Ninh's, Tây Sơn's and Quảng An's days
for citizens, Hà Nội's pavement campaign of 2023 and its school admissions of 2021) and were
left alone. No phrase of these plans is written verbatim in another deadline test module or in
the second part, so SEEN_ELSEWHERE is empty.

This part has fewer phrases than the forty asked for: the collector's time ran out after
twelve fresh pages.

The engine was run on both parts of the fifteenth set once, on 2026-12-01 at 18:22 UTC (as this
machine's clock reads), on commit f095639 (the engine's eleventh round; models/deadline/ had no
uncommitted change), and was not changed for it. The two parts were written outside the tests
folder and moved in just before the run; the lead decided beforehand to report the figure
whatever it was. All 15 of this part's phrases (from 12 pages) read right. No expectation was
changed after measuring. Both parts together: 47 of 54 (87.0%), none wrong; with the phrase
seen elsewhere, 48 of 55 (87.3%). That is below issue 14's 95%; the test asserts the measured
share.
"""

from __future__ import annotations

from datetime import date

from models.deadline import Period
from tests.models.deadline_cases import ONCE, Case
from tests.models.heldout import (
    assert_big_distinct_and_held_out,
    assert_none_wrong,
    assert_reads_right_at_least,
)

# --- Temple festivals (văn hóa, lễ hội).

# UBND huyện Cẩm Giàng (Hải Dương), Kế hoạch số 55/KH-UBND ngày 17/4/2019 tổ chức Lễ hội truyền
# thống Đền Bia năm 2019 (Báo Hải Dương's page of May 2019), at baohaiduong.vn/chuan-bi-chu-dao-
# cho-le-hoi-truyen-thong-den-bia-247708.html
CAM_GIANG_DEN_BIA_2019 = Period(date(2019, 4, 17), date(2019, 12, 31))
# Ban tổ chức Lễ hội Đền Cao năm 2017 (UBND thị xã Chí Linh, Hải Dương), Kế hoạch số 01/KH-BTC
# ngày 30/12/2016, as its meeting of 10/2/2017 restates it, at dulichchilinh.com/savefile/tin-
# tuc-hoat-dong/hoi-nghi-quan-triet-kiem-tra-tien-do-cong-viec-to-chuc-le-hoi-den-cao-35.html
CHI_LINH_DEN_CAO_2017 = Period(date(2016, 12, 30), date(2017, 12, 31))
# UBND huyện Hưng Nguyên (Nghệ An), Kế hoạch tổ chức Lễ hội đền Ông Hoàng Mười năm 2024, at
# hungnguyen.nghean.gov.vn/du-lich-hung-nguyen
HUNG_NGUYEN_ONG_HOANG_MUOI_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))

FESTIVALS: list[Case] = [
    (
        "Trong 2 ngày 4 và 5.5 (ngày 30.3 và 1.4 âm lịch)",
        CAM_GIANG_DEN_BIA_2019,
        ONCE,
        ["2019-05-05"],
    ),
    ("Ngày 5.5", CAM_GIANG_DEN_BIA_2019, ONCE, ["2019-05-05"]),
    (
        "Trong 3 ngày, từ ngày 18 đến 20 – 2 (tức từ 22 – 24 tháng Giêng âm lịch)",
        CHI_LINH_DEN_CAO_2017,
        ONCE,
        ["2017-02-20"],
    ),
    (
        "Trong 2 ngày, từ 09/11 đến 10/11/2024 (tức ngày 09-10/10 âm lịch)",
        HUNG_NGUYEN_ONG_HOANG_MUOI_2024,
        ONCE,
        ["2024-11-10"],
    ),
]

# --- Sports congresses and a flower fair (thể dục thể thao, văn hóa).

# UBND huyện Hưng Nguyên (Nghệ An), Kế hoạch triển khai tổ chức Đại hội Thể dục - Thể thao các
# cấp huyện Hưng Nguyên lần thứ X năm 2025 (its page of 23/12/2024), at hungnguyen.nghean.gov.vn/
# van-hoa-xa-ho/hung-nguyen-trien-khai-ke-hoach-to-chuc-dai-hoi-the-duc-the-thao-cac-cap-huyen-
# hung-nguyen-lan-t-707978
HUNG_NGUYEN_SPORTS_CONGRESS_2025 = Period(date(2024, 12, 23), date(2025, 12, 31))
# UBND thành phố Hội An (Quảng Nam), văn bản tổ chức Hội hoa xuân Tân Sửu 2021 (Báo Quảng Nam,
# January 2021), at baoquangnam.vn/kinh-te/hoi-an-mien-phi-thue-mat-bang-hoi-hoa-xuan-107711.html
# (the stored page stops after its first phrase)
HOI_AN_FLOWER_FAIR_2021 = Period(date(2021, 1, 1), date(2021, 12, 31))

SPORTS_AND_FAIRS: list[Case] = [
    ("Hoàn thành trước 30/3/2025", HUNG_NGUYEN_SPORTS_CONGRESS_2025, ONCE, ["2025-03-29"]),
    ("Hoàn thành trước 30/7/2025", HUNG_NGUYEN_SPORTS_CONGRESS_2025, ONCE, ["2025-07-29"]),
    ("Hoàn thành trước 30/10/2025", HUNG_NGUYEN_SPORTS_CONGRESS_2025, ONCE, ["2025-10-29"]),
    (
        "Chậm nhất vào lúc 10 giờ 30 ngày 21.1.2021 (ngày 9.12 âm lịch)",
        HOI_AN_FLOWER_FAIR_2021,
        ONCE,
        ["2021-01-21"],
    ),
]

# --- Poverty, relief, rural works and civil status (lao động - thương binh và xã hội, Quỹ cứu
# trợ, nông thôn mới, tư pháp).

# UBND tỉnh Ninh Thuận, Kế hoạch số 3637/KH-UBND rà soát hộ nghèo, hộ cận nghèo năm 2022, at
# baoninhthuan.com.vn/news/132530p24c32/ubnd-tinh-trien-khai-cong-tac-ra-soat-ho-ngheo-ho-can-
# ngheo-nam-2022.htm
NINH_THUAN_POOR_HOUSEHOLDS_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))
# Ban vận động Quỹ Cứu trợ tỉnh Hà Tĩnh, phân bổ hơn 58,5 tỷ đồng khắc phục hậu quả thiên tai
# (its page of 31/01/2026), at hatinh24h.com.vn/tiep-tuc-phan-bo-hon-585-ty-dong-khac-phuc-hau-
# qua-thien-tai-a194051.html
HA_TINH_RELIEF_2026 = Period(date(2026, 1, 31), date(2026, 12, 31))
# UBND huyện Hồng Dân (Bạc Liêu), kế hoạch xây dựng giao thông nông thôn, thủy lợi - thủy nông
# nội đồng năm 2016, at baocamau.vn/huyen-hong-dan-dang-ky-thuc-hien-hon-120-cong-trinh-giao-
# thong-nong-thon-thuy-loi-a100039.html
HONG_DAN_RURAL_WORKS_2016 = Period(date(2016, 1, 1), date(2016, 12, 31))
# Hồ sơ đề nghị công nhận huyện Cẩm Giàng (Hải Dương) đạt chuẩn nông thôn mới (Phòng NN-PTNT
# huyện; Báo Hải Dương's page of 08/10/2018), at baohaiduong.vn/bao-ve-ho-so-huyen-nong-thon-
# moi-cam-giang-trong-thang-10-258741.html
CAM_GIANG_RURAL_STANDARD_2018 = Period(date(2018, 10, 8), date(2018, 12, 31))
# UBND tỉnh Quảng Trị, Kế hoạch số 37/KH-UBND ngày 20/2/2025 triển khai cao điểm 20 ngày đêm
# hoàn thành số hóa dữ liệu hộ tịch, at sokhcn.quangtri.gov.vn/chi-tiet-tin-tt/-/view-article/
# 1/1675734995715/1740036528943
QUANG_TRI_CIVIL_STATUS_2025 = Period(date(2025, 2, 20), date(2025, 12, 31))

SOCIAL_RURAL_AND_CIVIL_STATUS: list[Case] = [
    ("Trước ngày 30-11-2022", NINH_THUAN_POOR_HOUSEHOLDS_2022, ONCE, ["2022-11-29"]),
    ("Trước ngày 10/2/2026", HA_TINH_RELIEF_2026, ONCE, ["2026-02-09"]),
    ("Đến ngày 31/12/2016", HONG_DAN_RURAL_WORKS_2016, ONCE, ["2016-12-31"]),
    ("Trong tháng 10.2018", CAM_GIANG_RURAL_STANDARD_2018, ONCE, ["2018-10-31"]),
    (
        "Trong thời gian từ ngày 01/3/2025 đến ngày 20/3/2025",
        QUANG_TRI_CIVIL_STATUS_2025,
        ONCE,
        ["2025-03-20"],
    ),
]

# --- Food safety (an toàn thực phẩm).

# UBND thành phố Hà Nội, Kế hoạch bảo đảm an toàn thực phẩm Tết Trung thu năm 2019 (August 2019),
# in two pages: vtv.vn/tieu-dung/ha-noi-lap-3-doan-kiem-tra-an-toan-thuc-pham-tet-trung-thu-
# 20190824102406656.htm and tieudungplus.vn/ha-noi-thanh-lap-doan-thanh-tra-kiem-tra-lien-
# nganh-cong-tac-attp-tet-trung-thu-nam-2019-40414.html
HA_NOI_MID_AUTUMN_FOOD_SAFETY_2019 = Period(date(2019, 8, 1), date(2019, 12, 31))

FOOD_SAFETY: list[Case] = [
    ("Bắt đầu từ ngày 23/8 đến 20/9", HA_NOI_MID_AUTUMN_FOOD_SAFETY_2019, ONCE, ["2019-09-20"]),
    ("Từ nay đến hết 20-9-2019", HA_NOI_MID_AUTUMN_FOOD_SAFETY_2019, ONCE, ["2019-09-20"]),
]

FIFTEENTH_SET = FESTIVALS + SPORTS_AND_FAIRS + SOCIAL_RURAL_AND_CIVIL_STATUS + FOOD_SAFETY

# Phrases of these plans that another deadline test module already writes: not held out,
# kept (with their readings) for how often the common forms turn up. None this time.
SEEN_ELSEWHERE: list[Case] = []

# The share read right when the set was measured (see the module docstring).
MEASURED_SHARE = 15 / 15


def test_the_fifteenth_set_is_big_distinct_and_held_out() -> None:
    assert_big_distinct_and_held_out(FIFTEENTH_SET, __file__, at_least=15)


def test_no_fifteenth_set_phrase_reads_wrong() -> None:
    assert_none_wrong(FIFTEENTH_SET + SEEN_ELSEWHERE)


def test_the_fifteenth_set_reads_at_least_as_right_as_measured() -> None:
    assert_reads_right_at_least(FIFTEENTH_SET, MEASURED_SHARE)
