"""The fourteenth held-out set, first part: deadlines and timetables of local plans and notices.

Every phrase here was copied from a plan (kế hoạch), notice (thông báo, hướng dẫn) or timetable of
a commune, ward, district or province, of a provincial police, of a district's steering committee
or military command, or from the page of a provincial paper, a city paper or a district's radio
that sets out such a plan's dates. None of the pages that give the held-out phrases is cited by
the thirteen earlier held-out sets or by the other deadline test modules (each page's domain and
a distinctive fragment of its address were looked for in tests/models/ and /work/notes/), nor,
when this part was finished, by the second part of the fourteenth
(test_deadline_fourteenth_set_second.py, collected at the same time by another helper). They
were found in the stored public pages, 17 of them, each cited below, beside its plan's period, by
its address. They cover a province's and a city's digital-transformation days (chuyển đổi số), a
district's measles catch-up vaccination, a commune's clean-up after the floods, a city's school
sports games, a district's militia training, a district's tree planting and a ward's
notice of a power cut for repairs to the grid; a district's and a
commune's children's football, a city's, a commune's and a ward's Mid-Autumn festivals, a
province's arts festival of villages held in a district; a province's check of karaoke bars, and
two police campaigns for chip identity cards.

From each page every time phrase that would stand in a plan's deadline or timetable cell was
taken, in the page's order (a page's title too, when it states a time the body also gives in
other words: Hà Nội's "Vào ngày 9/9"), at most six from one page. The wording of the time
expression is kept as written; only what would not stand in the cell was trimmed, with a capital
first letter: the activity a date belongs to ("Hội khỏe Phù Đổng cấp thành phố khai mạc ngày
15/3/2024" gives "Khai mạc ngày 15/3/2024", "Giải được tổ chức từ ngày 23-26/8" gives "Từ ngày
23-26/8"). Dates a page gives only as when it was written, as when a step had already been done
("Ngày 5/1, Bộ CHQS tỉnh tổ chức khai mạc ..."), or as how far the work had got by then ("tính
đến thời điểm này, đã có 12/20 đơn vị ..."), were not taken. Each phrase is read against the
period of its plan, as the plan or page states it (from the day it was issued, where the page
gives that day), or its year where the page names only a year.

The readings were written down as a careful clerk would take each phrase, under the conventions
of tests/models/test_deadline.py, README.md's table of deadline forms and the earlier held-out
sets, before the engine was run on any of them: "Trước ngày X" is the day before X; "Đến hết
tháng X" is the month's last day; a span is due at its end, with or without "Từ" and "ngày"
before it, the year of its end serving both ends ("Từ ngày 19-30/5/2020", "Từ 25-7 đến 25-8");
a time of day, a part of the day, an opening or closing ("Khai mạc", "Tổng kết trao giải") or a
weekday that agrees beside a date is that date; a lunar restatement in a bracket after a solar
date ("(tức ngày 12/8 âm lịch)") is dropped; "Trong 2 ngày 25 và 26/10/2023" is its last day,
the count agreeing; a day and month with no year take the plan's year, the only year of its
period that holds them. The engine code (models/deadline/) was not opened while collecting, nor
the engine run. All phrases are one-off dates or spans (ONCE); the pages found gave no
recurring, ongoing or milestone forms that could be read one way only.

Left out, as readable two ways, with no certain day, a start with no end, relative, or not
local:

- a week named by its number: "Bế mạc vào tuần 2 của tháng 10/2024" (Hà Nội's school sports
  games: the first seven days' second week, or the second calendar week?);
- days named only by the holiday they fall on: Nghệ An's "Trong 4 ngày nghỉ lễ dịp 2/9 (từ thứ
  Năm đến hết ngày Chủ nhật)", whose days are weekdays with no date written;
- times of day with no date beside them: Tùng Thiện's "từ 17h30 đến 18h30", "từ 18h30 đến 20h",
  "từ 20h đến 22h" (the evening of its "Vào tối ngày 3/10", which is taken);
- written wrong: "Thứ S Sáu, ngày 21 tháng 11 năm 2025" (UBND xã Thuận Lợi, Đồng Nai, its notice
  of a power cut, thuanloi.dongnai.gov.vn: a stray letter in the weekday);
- a deadline of a national body restated by a city paper: the Ministry of Public Security's
  "xong trước ngày 31-8-2022" for the identity cards of five cities (Hà Nội's page), as the
  thirteenth set left it out.

Many pages the searches returned had already been used by the earlier sets (Ninh Sơn's measles
campaign, Đà Nẵng's livestock vaccination, Bắc Giang's, Quảng Nam's, An Giang's, Vĩnh Long's and
Hải Dương's farmers' congresses, Hải Dương's, Hồ Chí Minh City's, Giồng Riềng's and Thái
Nguyên's summer youth campaigns, Cát Hải's clean-up, Trường Xuân's (Tháp Mười) clean-up, Vĩnh
Phúc's and Quảng Trị's Front festivals, Gia Lai's and Nghệ An's poor-household surveys, Hải
Phòng's blood drive, Phụng Hiệp's women's week, Phú Thọ's militia training, Hải Dương's arts
festival, Đại Lãnh's food-safety month, Hà Nội's pilot of civilised wards, Hồ Chí Minh City's
and An Giang's children's action months) and were left alone. No phrase of these plans is
written verbatim in another deadline test module, so SEEN_ELSEWHERE is empty.

The engine was run on both parts of the fourteenth set once, on 2026-12-01 at 17:58 UTC (as
this machine's clock reads), on commit b963c9f (the engine's tenth round, the one the
thirteenth set was measured on; models/deadline/ had no uncommitted change), and was not
changed for it. The two parts were written outside the tests folder and moved in just before
the run. Of this part's 23 phrases (from 17 sources), 20 read right (87.0%) and 3 came back
``unknown``. No expectation was changed after measuring. Both parts together: 67 of 73 (91.8%),
none wrong; with the phrase seen elsewhere, 68 of 74 (91.9%). With the thirteenth set, measured
on the same engine: 125 of 133 (94.0%), just below issue 14's 95%. The test asserts the
measured share. The phrases still unread:

- a weekday with its date in brackets: "Vào ngày Chủ nhật (ngày 01/11/2020)";
- a lunar bracket holding a lunar date written with its year, and a weekday: "Vào 20h00, ngày
  9/9/2022 (tức ngày 14/8/2022 Âm lịch – thứ Sáu)";
- an hour, a weekday, a comma, a date and a lunar bracket: "Vào 20h ngày thứ Sáu, 03/10/2025
  (tức ngày 12/8 âm lịch)".
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

# --- Digital transformation, vaccination, clean-up, school sports, militia, trees.

# UBND tỉnh Đắk Lắk, đợt cao điểm "Nâng cao hiệu quả chuyển đổi số cấp xã" (phát động ngày
# 10/10/2025), at www.vietnamplus.vn/dak-lak-phat-dong-dot-cao-diem-nang-cao-hieu-qua-chuyen-
# doi-so-cap-xa-post1069476.vnp
DAK_LAK_DIGITAL_COMMUNES_2025 = Period(date(2025, 10, 10), date(2025, 12, 31))
# UBND tỉnh Lạng Sơn, Kế hoạch số 203/KH-UBND ngày 27/9/2022 tổ chức Ngày Chuyển đổi số quốc
# gia năm 2022 trên địa bàn tỉnh, at vanphong.langson.gov.vn/vi/node/73232
LANG_SON_DIGITAL_DAY_2022 = Period(date(2022, 9, 27), date(2022, 12, 31))
# Trung tâm Y tế huyện Bắc Tân Uyên (Bình Dương), chiến dịch tiêm bổ sung vắc xin sởi - rubella
# cho trẻ 1 - 5 tuổi năm 2018, at baobinhduong.vn/trung-tam-y-te-bac-tan-uyen-trien-khai-chien-
# dich-tiem-bo-sung-vac-xin-soi-rubella-cho-tre-a192457.html
BAC_TAN_UYEN_MEASLES_2018 = Period(date(2018, 1, 1), date(2018, 12, 31))
# UBND xã Quảng Thái (Quảng Điền, Thừa Thiên Huế), Thông báo số 164/TB-UBND ngày 30/10/2020 về
# đồng loạt ra quân tổng dọn vệ sinh sau lũ lụt, at quangthai.thuathienhue.gov.vn/?gd=4&cn=130&
# tc=15493
QUANG_THAI_CLEAN_UP_2020 = Period(date(2020, 10, 30), date(2020, 12, 31))
# Thành phố Hà Nội, Hội khỏe Phù Đổng cấp thành phố lần thứ X (năm 2024), at
# suckhoeviet.org.vn/ha-noi-se-to-chuc-hoi-khoe-phu-dong-cap-thanh-pho-lan-thu-x-10062.html
HA_NOI_SCHOOL_GAMES_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
# Ban Chỉ huy quân sự huyện Ba Bể (Bắc Kạn), huấn luyện dân quân tự vệ năm 2015, at
# babe.gov.vn/ba-be-12-don-vi-hoan-thanh-cong-tac-huan-luyen-dan-quan-tu-ve-nam-2015/
BA_BE_MILITIA_2015 = Period(date(2015, 1, 1), date(2015, 12, 31))
# Huyện Đơn Dương (Lâm Đồng), kế hoạch trồng 5.600 cây phân tán năm 2020 (its page of
# 24/04/2020), at baolamdong.vn/doi-song/202004/don-duong-trong-5600-cay-phan-tan-3000410/
DON_DUONG_TREES_2020 = Period(date(2020, 4, 24), date(2020, 12, 31))
# UBND phường Hương Xuân (Hương Trà, Thừa Thiên Huế), thông báo ngừng cấp điện theo Thông báo số
# 308/TB-ĐLHTr ngày 08/5/2020 của Điện lực Hương Trà, at huongxuan.thuathienhue.gov.vn/?cn=28&
# gd=7&tc=4128
HUONG_XUAN_POWER_CUT_2020 = Period(date(2020, 5, 8), date(2020, 12, 31))

PUBLIC_WORKS: list[Case] = [
    ("Trước ngày 19/12/2025", DAK_LAK_DIGITAL_COMMUNES_2025, ONCE, ["2025-12-18"]),
    (
        "Từ ngày 01/10/2022 đến ngày 10/10/2022",
        LANG_SON_DIGITAL_DAY_2022,
        ONCE,
        ["2022-10-10"],
    ),
    ("Từ ngày 3 đến 7-12", BAC_TAN_UYEN_MEASLES_2018, ONCE, ["2018-12-07"]),
    ("Từ ngày 13 đến 15-12", BAC_TAN_UYEN_MEASLES_2018, ONCE, ["2018-12-15"]),
    ("Vào ngày Chủ nhật (ngày 01/11/2020)", QUANG_THAI_CLEAN_UP_2020, ONCE, ["2020-11-01"]),
    ("Trước ngày 6/2/2024", HA_NOI_SCHOOL_GAMES_2024, ONCE, ["2024-02-05"]),
    ("Khai mạc ngày 15/3/2024", HA_NOI_SCHOOL_GAMES_2024, ONCE, ["2024-03-15"]),
    ("Đến hết tháng 6 này", BA_BE_MILITIA_2015, ONCE, ["2015-06-30"]),
    ("Từ ngày 19-30/5/2020", DON_DUONG_TREES_2020, ONCE, ["2020-05-30"]),
    ("Từ 07h00 – 17h00 ngày 14/5/2020", HUONG_XUAN_POWER_CUT_2020, ONCE, ["2020-05-14"]),
]

# --- Children's football, Mid-Autumn festivals, an arts festival (văn hóa, thể thao).

# Ban Chỉ đạo hoạt động hè huyện Chợ Đồn (Bắc Kạn), Giải bóng đá thiếu niên, nhi đồng huyện năm
# 2022, at baobackan.vn/giai-bong-da-thieu-nien-nhi-dong-huyen-cho-don-nam-2022-post6809.html
CHO_DON_FOOTBALL_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))
# BCĐ hoạt động hè xã An Bình (Nam Sách, Hải Dương), giải bóng đá thiếu niên xã hè năm 2022, at
# anbinh1.namsach.haiduong.gov.vn/Article/ZOCYydbr2eo@/ (its title: "BCĐ hoạt động hè tổ chức
# giải bóng đá U14, U18 xã An Bình năm 2022")
AN_BINH_FOOTBALL_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))
# UBND thành phố Hà Nội, Kế hoạch số 223/KH-UBND ngày 16/8/2022 tổ chức Tết Trung thu cho trẻ
# em năm 2022, at kinhtedothi.vn/ha-noi-to-chuc-dem-hoi-trang-ram-vao-ngay-9-9-tai-huyen-thanh-
# oai.html (its title, then its body)
HA_NOI_MID_AUTUMN_2022 = Period(date(2022, 8, 16), date(2022, 12, 31))
# UBND xã Hòa Phú (Hà Nội), kế hoạch tổ chức các hoạt động Tết Trung thu năm 2025 (its page of
# 19/9/2025), at hoaphu.hanoi.gov.vn/chi-dao-cua-dia-phuong/xa-hoa-phu-trien-khai-ke-hoach-to-
# chuc-tet-trung-thu-cho-tre-em-nam-2025-2715250919091013154.htm
HOA_PHU_MID_AUTUMN_2025 = Period(date(2025, 9, 19), date(2025, 12, 31))
# UBND phường Tùng Thiện (Hà Nội), "Đêm hội trăng rằm - Vui Tết Trung thu" năm 2025, at
# laodongthudo.vn/tung-thien-nhieu-hoat-dong-hap-dan-trong-dem-hoi-trang-ram-vui-tet-trung-
# thu-198400.html
TUNG_THIEN_MID_AUTUMN_2025 = Period(date(2025, 1, 1), date(2025, 12, 31))
# UBND huyện Duy Xuyên (Quảng Nam), thông báo dự xem Liên hoan Nghệ thuật quần chúng thôn, tổ
# dân phố văn hóa tiêu biểu tỉnh lần thứ 2 năm 2023, at duyxuyenrt.vn/tin-tc/truyen-thanh-c-s/
# thong-bao-du-xem-lien-hoan-nghe-thuat-quan-chung-thon-to-dan-pho-.html
DUY_XUYEN_ARTS_FESTIVAL_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))

CULTURE_AND_SPORT: list[Case] = [
    ("Từ ngày 23-26/8", CHO_DON_FOOTBALL_2022, ONCE, ["2022-08-26"]),
    ("Từ ngày 16/7 đến ngày 24/7", AN_BINH_FOOTBALL_2022, ONCE, ["2022-07-24"]),
    ("Vào ngày 9/9", HA_NOI_MID_AUTUMN_2022, ONCE, ["2022-09-09"]),
    (
        "Vào 20h00, ngày 9/9/2022 (tức ngày 14/8/2022 Âm lịch – thứ Sáu)",
        HA_NOI_MID_AUTUMN_2022,
        ONCE,
        ["2022-09-09"],
    ),
    ("Từ ngày 1/9 đến ngày 10/9", HA_NOI_MID_AUTUMN_2022, ONCE, ["2022-09-10"]),
    (
        "Vào 20h ngày thứ Sáu, 03/10/2025 (tức ngày 12/8 âm lịch)",
        HOA_PHU_MID_AUTUMN_2025,
        ONCE,
        ["2025-10-03"],
    ),
    ("Vào tối ngày 3/10", TUNG_THIEN_MID_AUTUMN_2025, ONCE, ["2025-10-03"]),
    ("Trong 2 ngày 25 và 26/10/2023", DUY_XUYEN_ARTS_FESTIVAL_2023, ONCE, ["2023-10-26"]),
    (
        "Khai mạc vào lúc 19h ngày 25/10/2023",
        DUY_XUYEN_ARTS_FESTIVAL_2023,
        ONCE,
        ["2023-10-25"],
    ),
    (
        "Tổng kết trao giải lúc 16h30 ngày 26/10/2023",
        DUY_XUYEN_ARTS_FESTIVAL_2023,
        ONCE,
        ["2023-10-26"],
    ),
]

# --- Inspections and identity cards (văn hóa, công an).

# Đoàn công tác liên ngành tỉnh Lạng Sơn, kiểm tra thi hành pháp luật trong lĩnh vực kinh doanh
# karaoke, vũ trường (2021), at baolangson.vn/xa-hoi/52124-kiem-tra-thi-hanh-phap-luat-trong-
# linh-vuc-kinh-doanh-karaoke.html
LANG_SON_KARAOKE_CHECKS_2021 = Period(date(2021, 1, 1), date(2021, 12, 31))
# Công an tỉnh Nghệ An, đợt cao điểm cấp thẻ căn cước công dân gắn chip năm 2022, at
# baonghean.vn/nghe-an-trien-khai-cap-can-cuoc-cong-dan-ca-trong-dip-le-2-9-post258137.html
NGHE_AN_IDENTITY_CARDS_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))
# Công an thành phố Hà Nội, đợt cao điểm 30 ngày đêm thu nhận hồ sơ cấp căn cước công dân gắn
# chíp năm 2022, at laodongvaphapluat.laodongthudo.vn/ha-noi-mo-dot-cao-diem-cap-can-cuoc-cong-
# dan-gan-chip-tu-25-7-den-25-8-977.html (its title)
HA_NOI_IDENTITY_CARDS_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))

INSPECTIONS_AND_POLICE: list[Case] = [
    ("Từ ngày 25-28/7", LANG_SON_KARAOKE_CHECKS_2021, ONCE, ["2021-07-28"]),
    ("Từ ngày 1/8/2022 đến 30/9/2022", NGHE_AN_IDENTITY_CARDS_2022, ONCE, ["2022-09-30"]),
    ("Từ 25-7 đến 25-8", HA_NOI_IDENTITY_CARDS_2022, ONCE, ["2022-08-25"]),
]

FOURTEENTH_SET = PUBLIC_WORKS + CULTURE_AND_SPORT + INSPECTIONS_AND_POLICE

# Phrases of these plans that another deadline test module already writes: not held out,
# kept (with their readings) for how often the common forms turn up. None was found.
SEEN_ELSEWHERE: list[Case] = []

# The share read right when the set was measured (see the module docstring), below
# issue 14's 95%.
MEASURED_SHARE = 20 / 23


def test_the_fourteenth_set_is_big_distinct_and_held_out() -> None:
    assert_big_distinct_and_held_out(FOURTEENTH_SET, __file__, at_least=23)


def test_no_fourteenth_set_phrase_reads_wrong() -> None:
    assert_none_wrong(FOURTEENTH_SET + SEEN_ELSEWHERE)


def test_the_fourteenth_set_reads_at_least_as_right_as_measured() -> None:
    assert_reads_right_at_least(FOURTEENTH_SET, MEASURED_SHARE)
