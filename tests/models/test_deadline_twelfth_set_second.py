"""The twelfth held-out set, second part: deadlines and timetables of local plans and notices.

Every phrase here was copied from a plan (kế hoạch), notice (thông báo, công văn) or timetable of a
commune, ward, district, town or province, of a provincial department, council or inspectorate, or
of a local mass organisation (Ủy ban Mặt trận Tổ quốc of a province, Hội Liên
hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh, Huyện đoàn, a provincial Hội Văn học nghệ thuật), or
from the page of a provincial paper, radio-TV station or portal that sets out such a plan's dates.
None of the pages that give the held-out phrases is cited by the eleven earlier held-out sets or by
the other deadline test modules, nor, when this part was finished, by the first part of the twelfth
(tests/models/test_deadline_twelfth_set.py), collected at the same time by another helper. They
were found in the stored public pages (each cited below, beside its plan's period, by its address)
and cover: contests and their closing days (văn học nghệ thuật, a district's logo), school years
and a provincial team exam, school and district sports congresses (giáo dục, thể thao), livestock
vaccination and vitamin A days (y tế, thú y), the "great unity" days of the Fatherland Front,
women's and youth campaigns, farmers' and veterans' rural roads (đoàn thể, nông thôn mới), a
provincial inspection, provincial council sessions (HĐND), a New Year's Eve programme and two
flower festivals (văn hóa, du lịch).

From each page every time phrase that would stand in a plan's deadline or timetable cell was
taken, in the page's order (a page's title too, when it states a time the body also gives in
other words: "Vào ngày 26/11"), at most eight from one page (Bình Thuận's school year was cut
after its eighth). The wording of the time expression is kept as written; only what would not
stand in the cell was trimmed, with a capital first letter: the activity a date belongs to
("cấp mầm non là 28/8/2024" gives "28/8/2024", "Tuyến đường sẽ hoàn thành trước ngày 18/05"
gives "Trước ngày 18/05"). Dates of meetings that announced a plan, and dates a page gives
only as when it was written, were not taken. Each phrase is read against the period of its
plan, as the plan or page states it (from the day it was issued, where the page gives that
day), or its year where the page names only a year; a school year's timetable is read
against the school year.

The readings were written down as a careful clerk would take each phrase, under the
conventions of tests/models/test_deadline.py, README.md's table of deadline forms and the
earlier held-out sets ("Trước ngày X" is the day before X; a month is its last day, "trong
tháng", "đến tháng" and "cuối tháng" too, "cuối năm" the year's; a span is due at its end,
whatever its lead words ("từ nay đến", "trong khoảng", "trong 03 ngày (từ ...)"), a span
of months too; a time, a part of the day or a weekday that agrees beside a date
is that date; a lunar date after its solar date, after "nhằm", is the solar date; "đến hết
ngày" before a date is that date; "trong 2 ngày 11 và 12-9-2025" is its last day; a day and
month with no year take the plan's year, the only year of its period that holds them), before
the engine was run on any of them. The engine code (models/deadline/) was not opened while
collecting, nor the engine run. All phrases are one-off dates or spans (ONCE); the pages gave
no recurring, ongoing or milestone forms that could be read one way only.

Left out, as readable two ways, with no certain day, a start with no end, relative, outside the
plan's period or not local:

- several days named in one phrase, which may be one event due on its last day or a milestone on
  each: "Vào ngày 3, 4, 5 và 6/6/2025" (Bình Thuận's grade-10 exam, on giaoducthoidai.vn), "Vào
  ngày 1 và 2-9" (the opening of three districts' sports congresses in Hậu Giang, each on its own
  day) and "Sáng ngày 05 và 06 tháng 12 năm 2019" (Tiền Giang's council, whose two days are kept
  one by one);
- a start with no end: "Từ tháng 6/2021" (Yên Lập's logo contest);
- a middle or start of a month, which names no day: "Vào giữa tháng 8-2015" (Quảng Trạch's party
  congress, baoquangbinh.vn/chinh-tri/201506/dang-bo-quang-trach-hoan-thanh-dai-hoi-dang-
  bo-chi-bo-co-so-2125655/, its only phrase) and "Đầu tháng 12/2018" (Ninh Bình's council,
  baoninhbinh.org.vn, its only phrase);
- relative, or outside the plan's period: "Ngày mai, 3-5-2018" and "Cuối năm 2017" (a stage of Bến
  Tre's sports congress already held before the plan's year);
- a page that names no year: "Vào ngày 15/9" (Cao Bằng's sports congress, baocaobang.vn);
- years before 2015: Phú Yên's land certificates of 2010, Thành đoàn TP Hồ Chí Minh's letters to
  its congress of 2012 (tuoitre.vn), Bình Định's rice season of 2012 and Đức Thọ's unity day of
  2014;
- the dates of national bodies restated by papers or hosted by a province: the Ministry of
  Education's Hội khỏe Phù Đổng (Đắk Lắk, Quảng Nam), the Minister of Home Affairs' merger dates,
  the Viện Huyết học - Truyền máu Trung ương's Lễ hội Xuân hồng, the Ministry of Health's vitamin A
  days, Ban Tuyên giáo's awards, and a joint programme of the State Committee for Overseas
  Vietnamese in Hồ Chí Minh City.

Many pages the searches returned had already been used by the earlier sets (Ninh Sơn's measles
campaign, Thành đoàn TP Hồ Chí Minh's summer of 2020, Thái Nguyên's youth summer of 2020, Tỉnh Đoàn
Thái Nguyên's writing contest, Lai Vung's festival, Hà Tĩnh's Văn Miếu festival, Phú Ninh's and
Châu Phú's party congresses, Đà Nẵng's, Hà Nội's, Hải Dương's and Dầu Tiếng's livestock
vaccinations, Quảng Nam's pupils' contest, Hà Nội's specialised grade-10 schools, Mỹ Thạnh's and U
Minh's unity days, Hậu Giang's council session of 2024, Núi Thành's party congresses; and Bến Cát's
anti-dengue campaign of 2016, which the first part, collected at the same time, took first) and
were left alone. One phrase of these plans is written verbatim in another deadline test module:
"Ngày 10/11" (Vĩnh Long's unity day; the tenth set writes it for another plan). It is kept, with
its reading, in SEEN_ELSEWHERE and not in the held-out list. The page of Hà Giang's buckwheat
flower festival (discoverhagiang.com) and of Điện Biên's Hoa Ban festival (xanhx.vn) are tourism
sites restating the province's plan, cited for want of the province's own page.

The engine was run on both parts of the twelfth set once, on 2026-12-01 at 17:41 UTC (as this
machine's clock reads), on the working tree at commit ab5e6d8 with the engine's ninth round
(models/deadline/ as committed next, in the commit that adds this set), and was not changed for
it. Of this part's 46 phrases (from 21 sources), 42 read right (91.3%), 4 came back ``unknown``
and none read wrong; its SEEN_ELSEWHERE phrase read right. No expectation was changed after
measuring. Both parts together: 87 of 107 (81.3%), none wrong. That is below issue 14's 95%, so
the test asserts the measured share. The phrases still unread, by family:

- two days joined by "và" after a count: "Trong 2 ngày 11 và 12-9-2025";
- "Trễ nhất là đến" before a month: "Trễ nhất là đến tháng 8-2017";
- parts of the day in brackets after a span: "Từ ngày 4 đến 6-5-2018 (buổi sáng và chiều)";
- a lunar bracket naming Tết: "Từ 00 giờ 00 phút đến 00 giờ 15 phút ngày 10 tháng 02 năm 2024
  (nhằm ngày mùng Một Tết Giáp Thìn)".
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

# --- Contests, school years and a team exam (văn học nghệ thuật, giáo dục).

# Hội Liên hiệp Văn học nghệ thuật tỉnh Long An, cuộc thi Bút ký văn học Đồng bằng sông Cửu
# Long năm 2016 (Thông báo số 79/TB-VHNT ngày 10/8/2016, then extended), at vannghelongan.vn/
# news/savefile/Tin-hoat-dong-van-hoc/Gia-han-nhan-bai-cuoc-thi-But-ky-van-hoc-DBSCL-nam-2016-
# 1327/
LONG_AN_ESSAYS_2017 = Period(date(2016, 8, 10), date(2017, 12, 31))
# UBND huyện Yên Lập (Phú Thọ), cuộc thi "Sáng tác tiêu đề - biểu tượng huyện Yên Lập" (2021),
# at yenlap.phutho.gov.vn/tin-tuc-su-kien/bai-viet/cat/tin-moi-nhat-2548/id/ket-qua-tiep-nhan-
# tac-pham-du-thi-cuoc-thi-sang-tac-tieu-de-bieu-tuong-huyen-yen-lap-97099
YEN_LAP_LOGO_2021 = Period(date(2021, 6, 1), date(2021, 12, 31))
# Sở Giáo dục và Đào tạo tỉnh Bình Thuận, kế hoạch thời gian năm học 2024 - 2025, as set out at
# cuocsong.giaoducthoidai.vn/nhung-tinh-dau-tien-an-dinh-lich-thi-vao-lop-10-nam-2025-2026-
# n26954.html
BINH_THUAN_SCHOOL_YEAR_2025 = Period(date(2024, 8, 1), date(2025, 7, 31))
# Sở Giáo dục và Đào tạo tỉnh Tuyên Quang, Kế hoạch (28/8/2025) tổ chức Kỳ thi lập đội tuyển dự
# thi chọn học sinh giỏi quốc gia THPT năm học 2025-2026 (Báo Tuyên Quang), at
# vcdn.vietnam.vn/tuyen-quang-duoc-tuyen-chon-20-hoc-sinh-cho-moi-mon-du-thi-chon-hoc-sinh-
# gioi-quoc-gia
TUYEN_QUANG_TEAM_EXAM_2025 = Period(date(2025, 8, 28), date(2026, 5, 31))

CONTESTS_AND_SCHOOLS: list[Case] = [
    ("Ngày 31/01/2017", LONG_AN_ESSAYS_2017, ONCE, ["2017-01-31"]),
    ("Đến hết ngày 31/3/2017", LONG_AN_ESSAYS_2017, ONCE, ["2017-03-31"]),
    ("Từ 01/7/2021 đến hết ngày 15/12/2021", YEN_LAP_LOGO_2021, ONCE, ["2021-12-15"]),
    ("Từ ngày 01/7/2021 đến hết ngày 15/12/2021", YEN_LAP_LOGO_2021, ONCE, ["2021-12-15"]),
    ("Vào ngày 30/5/2025", BINH_THUAN_SCHOOL_YEAR_2025, ONCE, ["2025-05-30"]),
    ("Ngày 5/9/2024", BINH_THUAN_SCHOOL_YEAR_2025, ONCE, ["2024-09-05"]),
    ("28/8/2024", BINH_THUAN_SCHOOL_YEAR_2025, ONCE, ["2024-08-28"]),
    ("26/8/2024", BINH_THUAN_SCHOOL_YEAR_2025, ONCE, ["2024-08-26"]),
    ("19/8/2024", BINH_THUAN_SCHOOL_YEAR_2025, ONCE, ["2024-08-19"]),
    ("Ngày 6/9/2024", BINH_THUAN_SCHOOL_YEAR_2025, ONCE, ["2024-09-06"]),
    ("Ngày 18/1/2025", BINH_THUAN_SCHOOL_YEAR_2025, ONCE, ["2025-01-18"]),
    ("Ngày 20/1/2025", BINH_THUAN_SCHOOL_YEAR_2025, ONCE, ["2025-01-20"]),
    ("Trong 2 ngày 11 và 12-9-2025", TUYEN_QUANG_TEAM_EXAM_2025, ONCE, ["2025-09-12"]),
]

# --- Sports congresses of districts, schools and a province (thể dục thể thao).

# Sở Văn hóa, Thể thao và Du lịch tỉnh Hậu Giang, Đại hội Thể dục thể thao cấp huyện lần thứ
# VIII năm 2017, at baohaugiang.com.vn/the-thao-trong-nuoc/5-dia-phuong-to-chuc-dai-hoi-the-
# duc-the-thao-cap-huyen-54594.html
HAU_GIANG_SPORTS_CONGRESSES_2017 = Period(date(2017, 1, 1), date(2017, 12, 31))
# Huyện Long Mỹ (Hậu Giang), Hội khỏe Phù Đổng huyện lần thứ IX năm 2019, at www.baohaugiang.
# com.vn/the-thao-trong-nuoc/dia-phuong-cuoi-cung-to-chuc-hoi-khoe-phu-dong-cap-huyen-83133.html
LONG_MY_SCHOOL_SPORTS_2019 = Period(date(2019, 1, 1), date(2019, 12, 31))
# Tỉnh Bến Tre, Đại hội Thể dục thể thao tỉnh lần thứ VIII năm 2018, at baodongkhoi.vn/the-
# thao/bong-da/dai-hoi-the-duc-the-thao-tinh-lan-thu-viii-nam-2018-bong-da-nam-thi-dau-tu-ngay-
# 3-den-15-5-2018-02052018-a49088.html
BEN_TRE_SPORTS_CONGRESS_2018 = Period(date(2018, 1, 1), date(2018, 12, 31))

SPORTS: list[Case] = [
    ("Vào cuối tháng 6", HAU_GIANG_SPORTS_CONGRESSES_2017, ONCE, ["2017-06-30"]),
    ("Trễ nhất là đến tháng 8-2017", HAU_GIANG_SPORTS_CONGRESSES_2017, ONCE, ["2017-08-31"]),
    ("Vào ngày 19-5", HAU_GIANG_SPORTS_CONGRESSES_2017, ONCE, ["2017-05-19"]),
    ("Vào ngày 21-9", LONG_MY_SCHOOL_SPORTS_2019, ONCE, ["2019-09-21"]),
    ("Từ ngày 3 đến 15-5-2018", BEN_TRE_SPORTS_CONGRESS_2018, ONCE, ["2018-05-15"]),
    (
        "Từ ngày 4 đến 6-5-2018 (buổi sáng và chiều)",
        BEN_TRE_SPORTS_CONGRESS_2018,
        ONCE,
        ["2018-05-06"],
    ),
    ("Trong tháng 5-2018", BEN_TRE_SPORTS_CONGRESS_2018, ONCE, ["2018-05-31"]),
    ("Tối 19-5-2018", BEN_TRE_SPORTS_CONGRESS_2018, ONCE, ["2018-05-19"]),
]

# --- Health, clean-up and animal health (y tế, môi trường, thú y).

# Huyện Đạ Tẻh (Lâm Đồng), tiêm vắc xin phòng dịch bệnh gia súc, gia cầm đợt 1 năm 2022 (its page
# of 18/05/2022), at baolamdong.vn/toasoan-bandoc/202205/tiem-phong-tu-90-tro-len-tren-tong-dan-
# gia-suc-3116650/
DA_TEH_VACCINATION_2022 = Period(date(2022, 5, 18), date(2022, 12, 31))
# Trung tâm Y tế huyện Châu Thành (Đồng Tháp), cho trẻ uống Vitamin A đợt 1 năm 2020, at
# chauthanh.dongthap.gov.vn/web/hct/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/
# id/1438009?plidlayout=3502
CHAU_THANH_VITAMIN_A_2020 = Period(date(2020, 1, 1), date(2020, 12, 31))
# Trung tâm Y tế huyện Bắc Mê (Hà Giang), chiến dịch uống vitamin A (its page of 07/06/2021), at
# bacme.hagiang.gov.vn/chi-tiet-tin-tuc/-/news/44693/trung-tam-y-te-bac-me-trien-khai-chien-
# dich-cho-tre-uong-vitamin-a.html
BAC_ME_VITAMIN_A_2021 = Period(date(2021, 1, 1), date(2021, 12, 31))

HEALTH_AND_ENVIRONMENT: list[Case] = [
    ("Từ nay đến ngày 1/8/2022", DA_TEH_VACCINATION_2022, ONCE, ["2022-08-01"]),
    ("Ngày 01/6/2020", CHAU_THANH_VITAMIN_A_2020, ONCE, ["2020-06-01"]),
    ("Ngày 1/6", BAC_ME_VITAMIN_A_2021, ONCE, ["2021-06-01"]),
]

# --- The Fatherland Front's unity days, mass organisations (đoàn thể).

# Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Phúc, hướng dẫn tổ chức Ngày hội Đại đoàn kết
# toàn dân tộc năm 2018, at daidoanket.vn/vinh-phuc-dam-bao-thiet-thuc-trong-to-chuc-ngay-hoi-
# dai-doan-ket-421834.html
VINH_PHUC_UNITY_DAY_2018 = Period(date(2018, 1, 1), date(2018, 12, 31))
# Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long, Ngày hội Đại đoàn kết toàn dân tộc (the 92nd year of the
# Front, 2022), at thvl.vn/thoi-su-thvl/tin-dia-phuong/cac-lanh-dao-tinh-vinh-long-tham-du-
# ngay-hoi-dai-doan-ket/
VINH_LONG_UNITY_DAY_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))
# Hội LHPN tỉnh Vĩnh Long, đợt thi đua đặc biệt chào mừng các ngày lễ lớn năm 2025, at thvl.vn/
# thoi-su-thvl/tin-dia-phuong/hoi-lien-hiep-phu-nu-phat-dong-dot-thi-dua-dac-biet-lap-thanh-
# tich-chao-mung-cac-ngay-le-lon
VINH_LONG_WOMEN_2025 = Period(date(2025, 1, 1), date(2025, 12, 31))
# Huyện đoàn Than Uyên (Lai Châu), Chiến dịch Thanh niên tình nguyện hè năm 2023, at
# trangtraiviet.danviet.vn/than-uyen-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-nam-2023-
# 20230528211338121.htm
THAN_UYEN_SUMMER_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))
# Hội Cựu chiến binh xã Kỳ Lâm (Kỳ Anh, Hà Tĩnh), tuyến đường nội đồng thôn Tân Hà (2016), at
# nongthonmoihatinh.vn/vi/news/savefile/huyen-Ky-Anh/Hoi-Cuu-Chien-binh-xa-Ky-Lam-Ra-quan-lam-
# giao-thong-nong-thon-45159
KY_LAM_ROADS_2016 = Period(date(2016, 1, 1), date(2016, 12, 31))
# Hội Nông dân huyện Vũ Quang (Hà Tĩnh), giúp xã Đức Lĩnh về đích nông thôn mới (2015), at
# nongthonmoihatinh.vn/vi/news/savefile/huyen-Vu-Quang/Hoi-nong-dan-huyen-Vu-Quang-Ra-quan-giup-
# xa-Duc-Linh-phat-quang-duong-lang-xay-dung-NTM-39478
VU_QUANG_FARMERS_2015 = Period(date(2015, 1, 1), date(2015, 12, 31))

MASS_ORGANISATIONS: list[Case] = [
    (
        "Trong khoảng từ ngày 1/11 đến hết ngày 18/11/2018",
        VINH_PHUC_UNITY_DAY_2018,
        ONCE,
        ["2018-11-18"],
    ),
    ("Từ nay đến ngày 31/8/2025", VINH_LONG_WOMEN_2025, ONCE, ["2025-08-31"]),
    ("Ngày 27/5", THAN_UYEN_SUMMER_2023, ONCE, ["2023-05-27"]),
    ("Trước ngày 18/05", KY_LAM_ROADS_2016, ONCE, ["2016-05-17"]),
    ("Vào cuối năm 2016", KY_LAM_ROADS_2016, ONCE, ["2016-12-31"]),
    ("Vào cuối năm 2015", VU_QUANG_FARMERS_2015, ONCE, ["2015-12-31"]),
    ("Sáng ngày 24/9", VU_QUANG_FARMERS_2015, ONCE, ["2015-09-24"]),
]

# --- Provincial councils and an inspection (HĐND, thanh tra).

# Thường trực HĐND tỉnh Tiền Giang, chương trình Kỳ họp thứ 11 (điều chỉnh, 2019), at
# www.thtg.vn/?p=127718
TIEN_GIANG_COUNCIL_2019 = Period(date(2019, 1, 1), date(2019, 12, 31))
# HĐND tỉnh Bắc Kạn, kỳ họp thứ chín khóa IX (its press briefing of 06/7/2018), at
# baobackan.com.vn/hdnd-tinh-hop-bao-post16840.html
BAC_KAN_COUNCIL_2018 = Period(date(2018, 7, 6), date(2018, 12, 31))
# UBND tỉnh Quảng Ninh, thanh tra chuyên đề quy hoạch và thực hiện quy hoạch xây dựng (2023), at
# thanhtra.com.vn/thanh-tra/hoat-dong-nganh/quang-ninh-thanh-tra-chuyen-de-quy-hoach-va-thuc-
# hien-quy-hoach-xay-dung-213322.html (its "từ 01/01/2015 đến 31/12/2022" is the period
# inspected, not a deadline)
QUANG_NINH_INSPECTION_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))

COUNCILS_AND_INSPECTION: list[Case] = [
    ("Ngày 05 tháng 12 năm 2019", TIEN_GIANG_COUNCIL_2019, ONCE, ["2019-12-05"]),
    ("Ngày 06 tháng 12 năm 2019", TIEN_GIANG_COUNCIL_2019, ONCE, ["2019-12-06"]),
    (
        "Trong 03 ngày từ ngày 16 đến ngày 18/7/2018",
        BAC_KAN_COUNCIL_2018,
        ONCE,
        ["2018-07-18"],
    ),
    ("Trước ngày 15/12/2023", QUANG_NINH_INSPECTION_2023, ONCE, ["2023-12-14"]),
]

# --- Festivals and the New Year (văn hóa, du lịch).

# UBND tỉnh Hà Giang, Lễ hội "Hoa Tam giác mạch" lần thứ VIII năm 2022, as set out at
# discoverhagiang.com/?p=11961; 26/11/2022 was a Saturday.
HA_GIANG_BUCKWHEAT_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))
# UBND tỉnh Điện Biên, Lễ hội Hoa Ban năm 2023, as set out at xanhx.vn/du-lich-az/le-hoi-hoa-
# ban-2023-hua-hen-cac-hoat-dong-soi-noi-hap-dan-22487.html
DIEN_BIEN_HOA_BAN_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))
# Tỉnh Tây Ninh, văn nghệ và bắn pháo hoa đón giao thừa Tết Nguyên đán Giáp Thìn năm 2024 (its
# page of 31/01/2024), at tayninh.gov.vn/vi/news/tin-hoat-dong-h/tay-ninh-to-chuc-ban-phao-hoa-
# phuc-vu-nhan-dan-don-giao-thua-tet-nguyen-dan-giap-thin-nam-2024-46890.html
TAY_NINH_NEW_YEAR_2024 = Period(date(2024, 1, 31), date(2024, 12, 31))

FESTIVALS: list[Case] = [
    ("Vào ngày 26/11", HA_GIANG_BUCKWHEAT_2022, ONCE, ["2022-11-26"]),
    ("Vào tối ngày 26/11/2022", HA_GIANG_BUCKWHEAT_2022, ONCE, ["2022-11-26"]),
    ("Từ 20h – 21h30 ngày 26/11/2022", HA_GIANG_BUCKWHEAT_2022, ONCE, ["2022-11-26"]),
    ("Từ ngày 25 – 28/11", HA_GIANG_BUCKWHEAT_2022, ONCE, ["2022-11-28"]),
    ("Từ ngày 19 – 20/11", HA_GIANG_BUCKWHEAT_2022, ONCE, ["2022-11-20"]),
    ("Ngày 22/10", HA_GIANG_BUCKWHEAT_2022, ONCE, ["2022-10-22"]),
    ("Từ tháng 10 – 11/2022", HA_GIANG_BUCKWHEAT_2022, ONCE, ["2022-11-30"]),
    ("Vào tháng 11", HA_GIANG_BUCKWHEAT_2022, ONCE, ["2022-11-30"]),
    ("Từ ngày 10 - 13/3/2023", DIEN_BIEN_HOA_BAN_2023, ONCE, ["2023-03-13"]),
    (
        "Từ 20 giờ 00 phút đến 23 giờ 59 phút ngày 09 tháng 02 năm 2024 (nhằm ngày 30 tháng Chạp"
        " năm Quý Mão)",
        TAY_NINH_NEW_YEAR_2024,
        ONCE,
        ["2024-02-09"],
    ),
    (
        "Từ 00 giờ 00 phút đến 00 giờ 15 phút ngày 10 tháng 02 năm 2024 (nhằm ngày mùng Một Tết"
        " Giáp Thìn)",
        TAY_NINH_NEW_YEAR_2024,
        ONCE,
        ["2024-02-10"],
    ),
]

TWELFTH_SET_SECOND = (
    CONTESTS_AND_SCHOOLS
    + SPORTS
    + HEALTH_AND_ENVIRONMENT
    + MASS_ORGANISATIONS
    + COUNCILS_AND_INSPECTION
    + FESTIVALS
)

# Phrases of these plans that another deadline test module already writes: not held out,
# kept (with their readings) for how often the common forms turn up.
SEEN_ELSEWHERE: list[Case] = [
    # Vĩnh Long's unity day; tests/models/test_deadline_tenth_set.py writes it for another plan.
    ("Ngày 10/11", VINH_LONG_UNITY_DAY_2022, ONCE, ["2022-11-10"]),
]

# The share read right when the set was measured (see the module docstring), below
# issue 14's 95%.
MEASURED_SHARE = 42 / 46


def test_the_second_part_is_big_distinct_and_held_out() -> None:
    assert_big_distinct_and_held_out(TWELFTH_SET_SECOND, __file__, at_least=46)


def test_no_second_part_phrase_reads_wrong() -> None:
    assert_none_wrong(TWELFTH_SET_SECOND + SEEN_ELSEWHERE)


def test_the_second_part_reads_at_least_as_right_as_measured() -> None:
    assert_reads_right_at_least(TWELFTH_SET_SECOND, MEASURED_SHARE)
