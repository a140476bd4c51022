"""The eleventh held-out set, second part: deadlines and timetables of local plans and notices.

Every phrase here was copied from a plan (kế hoạch), notice (thông báo, công văn) or timetable
of a commune, ward, district, city or province, of a provincial department or steering
committee, or of a local mass organisation (Mặt trận's fund for the poor, Tỉnh đoàn, Thành
đoàn and Huyện đoàn, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Người cao tuổi, Hội Chữ thập đỏ,
the women workers of a district Liên đoàn Lao động, a provincial Liên hiệp các Hội Khoa học
và Kỹ thuật), or from the page of a portal or paper that sets out such a plan's dates. None of
the pages that give the held-out phrases is cited by the ten earlier held-out sets or by the
other deadline test modules, nor, when this part was finished, by the first part of the
eleventh (tests/models/test_deadline_eleventh_set.py), collected at the same time by another
helper. They were found in the stored public pages (each cited below, beside its plan's
period, by its address) and cover topics the first part leaves alone: school-year timetables,
youth creativity and technical-innovation contests (giáo dục, khoa học kỹ thuật), the HIV
month, blood donation and the Red Cross's "Tết Nhân ái" (y tế, nhân đạo), the children's
month, the labour-safety month, the "for the poor" month and an elderly people's song
festival (xã hội), rabies vaccination, a shellfish ban, fish releases, a winter-spring rice
season and farmers' markets (nông nghiệp, thủy sản, thú y), OCOP and trade fairs, a Tết
flower market and a fair of the Ooc Om Bok festival (thương mại), Olympic runs, a tourism year,
flower and fruit festivals and culture-sports-tourism weeks (văn hóa, thể thao, du lịch), a
clean-up campaign and a "green Sunday" (môi trường), youth summer campaigns and women's union
days.

From each page every time phrase that would stand in a plan's deadline or timetable cell was
taken, in the page's order (a page's title too, when it states a time the body also gives in
other words: "Từ 27 đến 31-12", "Ngày 24/3", "Vào ngày 15/8"). The wording of the time
expression is kept as written ("Từ ngày 25-28.10.2021",
"Khai mạc: 09 giờ 00, ngày 29/10/2017 và kéo dài đến hết ngày 03/11/2017", "Dự kiến ngày
3/2/2021, tức ngày 22 tháng Chạp âm lịch"); only what would not stand in the cell was trimmed,
with a capital first letter: the activity a date belongs to ("Hội thi ẩm thực: ngày
29/10/2017" gives "Ngày 29/10/2017", "khai mạc ngày 31/1 (tức ngày mùng 4 tháng giêng)" gives
"Ngày 31/1 (tức ngày mùng 4 tháng giêng)"), verbs between a lead word and the time ("dự kiến
diễn ra từ ngày 27 đến 31-12" gives "Từ ngày 27 đến 31-12"; "dự kiến từ 07 giờ 00’ ngày
12/02/2023" keeps its "Dự kiến"), and asides naming a day's meaning. Each phrase is read
against the period of its plan, as the plan or page states it (from the day it was issued,
where the page gives that day), or its year where the page names only a year; a school year's
timetable is read against the school year.

The readings were written down as a careful clerk would take each phrase, under the
conventions of tests/models/test_deadline.py and the earlier held-out sets ("Trước ngày X" is
the day before X; a month is its last day, "trong tháng", "đến hết tháng", "cuối năm" too; a
span is due at its end, whatever its lead words ("từ nay đến", "trong 6 ngày (từ ...)"), a
span whose start is a month ("Từ tháng 9/2021 đến 15/6/2022") too; an opening and a closing
("Khai mạc lúc 18 giờ 00, ngày 28/10/2017 và kết thúc vào 17 giờ 00, ngày 03/11/2017", "08
giờ 00, ngày 30/10/2017 và kéo dài đến hết ngày 03/11/2017") are a span due at the closing; a
time, a part of the day or a weekday that agrees beside a date is that date; a lunar date
after its solar date, in brackets or after "tức", is the solar date; "muộn nhất", "chậm nhất",
"đến ngày" and "đến hết ngày" before a date are that date; a day moved to another ("Từ ngày
12/8 sang ngày 10/9") is the new day; a day and month with no year take the plan's year, the
only year of its period that holds them; a monthly form gives every such day inside the
plan's period, as RECURRING), before the engine was run on any of them. The
engine code (models/deadline/) was not opened while collecting, nor the engine run. Only one
phrase is recurring ("Vào ngày chủ nhật cuối cùng của tháng", the last Sunday of every month
of Cát Hải's clean-up plan); the pages gave no ongoing or milestone forms.

Left out, as readable two ways, not a deadline, written wrong on the page, lunar only, without
a year, or not local:

- the start or first days of a month, which name no day: "Đầu tháng 6-2024" (baobinhduong.vn/
  du-kien-le-hoi-mua-trai-chin-nam-2024-dien-ra-dau-thang-6-2024-a320914.html, whose span is
  kept) and "Từ cuối tháng 3/2024 ở cấp huyện và đầu tháng 5/2024 ở cấp tỉnh" (Hà Tĩnh's fire
  contest, whose month is kept);
- a start with no end: "Từ ngày 29/8" (Nghệ An's school year on vtc.vn) and "Bắt đầu từ ngày
  17-10" (An Giang's month "for the poor");
- some days of a month, not named: "Trong 4 ngày cuối tuần trong tháng 6-2022" (Long Khánh's
  fruit festival, whose title month is kept);
- daily opening hours inside an event, not a deadline: "Từ 08 giờ 00 đến 23 giờ 00 hàng ngày"
  (the Ooc Om Bok fair's food festival) and "Từ 10-22h hằng ngày" (Hải Dương's SEA Games week);
- written wrong: "Từ tháng 9 năm 2020 đến 7 năm 2021" (kontumtv.vn, Kon Tum's youth
  creativity contest: "tháng" missing before the end);
- a lunar date with no solar date, which the deadline tables leave unread ("Ngày mùng 4 tháng
  Giêng" in tests/models/test_deadline_families.py): "Vào lúc 7h30 ngày mùng 5 tháng Giêng năm
  Giáp Ngọ", "Sáng ngày mùng 6 tết âm lịch" and "Vào các ngày mùng 7, 8 và 9 Tết âm lịch"
  (binhdinh.gov.vn/tin-tuc/tin-tu-thi-xa-huyen-thanh-pho/phu-my-cac-hoat-dong-mung-dang-mung-
  xuan-va-ky-niem-49-nam-c.html, Phù Mỹ's Tết of 2014);
- pages that name no year for their phrases: the Hồ Chí Minh City grade-10 exam's "Sáng ngày
  13-6", "Ngày 15-6", "Ngày 22-6", "Từ 22-6 đến 24-6" and "Ngày 29-6" (plo.vn/xa-hoi/giao-duc/
  ngay-117-cong-bo-diem-chuan-vao-lop-10-tphcm-561274.html) and Lào Cai's workers' Tết "Vào
  ngày 15/1" (vietnam.vn/laocai/?p=619948);
- the dates of national bodies restated by papers or hosted by a province: the Ministry of
  Education's school-year frames, the national children's month and labour-safety month, the
  Central Youth Union's and the Central Women's Union's contests, the Central Elderly
  Association's regional song festivals in Bà Rịa - Vũng Tàu and Hà Tĩnh (baobariavungtau.
  com.vn/van-hoa-nghe-thuat/202309/lien-hoan-tieng-hat-nguoi-cao-tuoi-khu-vuc-phia-nam-dien-ra-
  tu-13-den-149-989425/index.htm, vietnam.vn/hatinh), the national Tết trồng cây day
  (moitruong.net.vn); and a diploma seller's copy of Hồ Chí Minh City's grade-10 timetable
  (nhanlambangtq.com), not a source to cite.

Many pages the searches returned had already been used by the earlier sets (Ninh Thuận's and
Đại Lãnh's food safety months, Huế's book days, Phan Thiết's and Hương Xuân's rabies vaccinations,
Hải Dương's, Hà Nội's, Đà Nẵng's, Hà Nam's and Dầu Tiếng's livestock vaccinations, Gia Lai's and
Nghệ An's poverty reviews, Hòa Bình's tourism week, the Lễ hội Thành Tuyên, Lai Vung's
festival, Đà Lạt's flower festival of 2017, Đồng Tháp's and Châu Thành's sports congresses,
Hồ Chí Minh City's children's month, An Lão's Tết, Vĩnh Long's unity day, Hà Nội's grade-10
admissions, Phụng Hiệp's women's week, Bình Định's fire contest, Thái Nguyên's youth summer of
2020) and were left alone. Two phrases of these plans are written verbatim in another deadline
test module: "Trong tháng 6" (Long Khánh's fruit festival; the third set writes it) and "Vào
ngày 15/8" (Huế's school year; the first part, collected at the same time, writes it for
another plan). Both are kept, with their readings, in SEEN_ELSEWHERE and not in the held-out
list.

Reviewed by the lead before the one run, against the conventions only: "Trong 5 ngày (tư ngày
7 – 11/10/2023)" (the Cao Bằng OCOP fair) was taken out, as a phrase written wrong on its page
("tư" for "từ"), which the earlier sets leave out.

The engine was run on both parts of the eleventh set once, on 2026-12-01 at 17:36 UTC (as this
machine's clock reads), on the working tree at commit c9a8288 with the engine's eighth round
(models/deadline/ as committed next, in the commit that adds this set), and was not changed for
it. Of this part's 79 phrases (from 40 sources), 71 read right (89.9%), 8 came back ``unknown``
and none read wrong; both SEEN_ELSEWHERE phrases read right. No expectation was changed after
measuring. Both parts together: 149 of 162 (92.0%), none wrong; with the phrases seen
elsewhere, 153 of 166 (92.2%). That is below issue 14's 95%, so the test asserts the measured
share. The phrases still unread, by family:

- an opening hour and day, then "và kéo dài đến hết ngày" (or "kết thúc vào" an hour of) a
  later day, five phrases of one fair: "Khai mạc lúc 18 giờ 00, ngày 28/10/2017 và kết thúc
  vào 17 giờ 00, ngày 03/11/2017", "Khai mạc: 09 giờ 00, ngày 29/10/2017 và kéo dài đến hết
  ngày 03/11/2017", "08 giờ 00, ngày 30/10/2017 và kéo dài đến hết ngày 03/11/2017", "08 giờ
  00, ngày 29/10/2017 và trưng bày kéo dài đến hết ngày 03/11/2017", "16 giờ 00, ngày
  29/10/2017 và trưng bày kéo dài đến hết ngày 03/11/2017";
- a day moved to another ("sang ngày"): "Từ ngày 12/8 sang ngày 10/9";
- "Từ" before the hour of a single day, with the weekday in brackets: "Dự kiến từ 07 giờ 00’
  ngày 12/02/2023 (Chủ nhật)";
- the last weekday of every month: "Vào ngày chủ nhật cuối cùng của tháng".
"""

from __future__ import annotations

from datetime import date

from models.deadline import Period
from tests.models.deadline_cases import (
    ONCE,
    RECURRING,
    Case,
)
from tests.models.heldout import (
    assert_big_distinct_and_held_out,
    assert_none_wrong,
    assert_reads_right_at_least,
)

# --- School years, youth and technical-innovation contests (giáo dục, khoa học kỹ thuật).

# UBND tỉnh Thừa Thiên Huế, Kế hoạch thời gian năm học 2016-2017 của giáo dục mầm non, giáo dục
# phổ thông và giáo dục thường xuyên (its page of 05/07/2016), at baothuathienhue.vn/tuu-truong-
# vao-ngay-15-8-a28028.html
HUE_SCHOOL_YEAR_2017 = Period(date(2016, 7, 5), date(2017, 7, 31))
# UBND tỉnh Quảng Nam and UBND tỉnh Long An, kế hoạch thời gian năm học 2022-2023, as set out
# at vtc.vn/them-nhieu-dia-phuong-chot-lich-tuu-truong-nam-hoc-moi-2022-2023-ar694460.html
QUANG_NAM_SCHOOL_YEAR_2023 = Period(date(2022, 8, 1), date(2023, 7, 31))
LONG_AN_SCHOOL_YEAR_2023 = Period(date(2022, 8, 1), date(2023, 7, 31))
# Ban Tổ chức Cuộc thi Sáng tạo thanh, thiếu niên, nhi đồng tỉnh Hậu Giang lần thứ XI năm 2024,
# at www.baohaugiang.com.vn/thoi-su-trong-tinh/phat-dong-2-cuoc-thi-hoi-thi-sang-tao-cap-tinh-
# 130749.html
HAU_GIANG_YOUTH_CREATIVITY_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
# Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Trà Vinh, Hội thi Sáng tạo kỹ thuật tỉnh lần thứ 6
# (2020 - 2021), at www.tinhdoantravinh.vn/hoi-thi-sang-tao-ky-thuat-tinh-tra-vinh-lan-thu-6-
# 2020-2021/
TRA_VINH_TECH_CONTEST_2021 = Period(date(2020, 1, 1), date(2021, 12, 31))
# UBND tỉnh Kon Tum, Hội thi sáng tạo kỹ thuật lần thứ IX and X and Cuộc thi sáng tạo Thanh
# thiếu niên - Nhi đồng lần thứ XIII and XIV, at kontumtv.vn/tin-tuc/van-hoa-the-thao/tong-ket-
# hoi-thi-sang-tao-ky-thuat-va-cuoc-thi-sang-tao-thanh-thieu-nien-nhi-dong
KON_TUM_TECH_CONTESTS_2023 = Period(date(2020, 1, 1), date(2023, 6, 30))

EDUCATION_AND_CONTESTS: list[Case] = [
    ("Vào ngày 15/8/2016", HUE_SCHOOL_YEAR_2017, ONCE, ["2016-08-15"]),
    ("Ngày 05/9/2016", HUE_SCHOOL_YEAR_2017, ONCE, ["2016-09-05"]),
    ("Vào ngày 22/8/2016", HUE_SCHOOL_YEAR_2017, ONCE, ["2016-08-22"]),
    ("Muộn nhất vào ngày 30/12/2016", HUE_SCHOOL_YEAR_2017, ONCE, ["2016-12-30"]),
    ("Muộn nhất vào ngày 26/5/2017", HUE_SCHOOL_YEAR_2017, ONCE, ["2017-05-26"]),
    ("Muộn nhất vào ngày 31/5/2017", HUE_SCHOOL_YEAR_2017, ONCE, ["2017-05-31"]),
    ("Muộn nhất vào ngày 17/5/2017", HUE_SCHOOL_YEAR_2017, ONCE, ["2017-05-17"]),
    ("Hoàn thành trước ngày 31/7/2017", HUE_SCHOOL_YEAR_2017, ONCE, ["2017-07-30"]),
    ("Ngày 1/9", QUANG_NAM_SCHOOL_YEAR_2023, ONCE, ["2022-09-01"]),
    ("Vào ngày 5/9", QUANG_NAM_SCHOOL_YEAR_2023, ONCE, ["2022-09-05"]),
    ("Vào ngày 29/8", LONG_AN_SCHOOL_YEAR_2023, ONCE, ["2022-08-29"]),
    ("Ngày 22/8", LONG_AN_SCHOOL_YEAR_2023, ONCE, ["2022-08-22"]),
    (
        "Từ ngày 1-5 đến hết ngày 31-5-2024",
        HAU_GIANG_YOUTH_CREATIVITY_2024,
        ONCE,
        ["2024-05-31"],
    ),
    ("Đến hết ngày 15 tháng 6 năm 2021", TRA_VINH_TECH_CONTEST_2021, ONCE, ["2021-06-15"]),
    (
        "Từ tháng 1 năm 2020 đến hết tháng 7 năm 2021",
        KON_TUM_TECH_CONTESTS_2023,
        ONCE,
        ["2021-07-31"],
    ),
    ("Từ tháng 1/2022 đến 30/6/2023", KON_TUM_TECH_CONTESTS_2023, ONCE, ["2023-06-30"]),
    ("Từ tháng 9/2021 đến 15/6/2022", KON_TUM_TECH_CONTESTS_2023, ONCE, ["2022-06-15"]),
]

# --- Health, blood and the Red Cross (y tế, hiến máu, Chữ thập đỏ).

# Kế hoạch của UBND thành phố Hà Nội, Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2025,
# at giadinh.suckhoedoisong.vn/ha-noi-day-manh-cac-hoat-dong-trong-thang-hanh-dong-quoc-gia-
# phong-chong-hiv-aids-172251104222109575.htm
HA_NOI_HIV_MONTH_2025 = Period(date(2025, 1, 1), date(2025, 12, 31))
# Ban Chỉ đạo vận động hiến máu tình nguyện thị xã Dĩ An (Bình Dương), its rounds of 2013, at
# beta.baobinhduong.vn/tx-di-an-tren-250-nguoi-tinh-nguyen-hien-mau-a65006.html
DI_AN_BLOOD_2013 = Period(date(2013, 1, 1), date(2013, 12, 31))
# Hội Chữ thập đỏ thành phố Bảo Lộc (Lâm Đồng), phong trào "Tết nhân ái" Xuân Quý Mão năm 2023,
# at baolamdong.vn/doi-song/202212/bao-loc-phat-dong-phong-trao-tet-nhan-ai-phan-dau-mang-
# 3000-phan-qua-den-nguoi-ngheo-3150142/
BAO_LOC_TET_NHAN_AI_2023 = Period(date(2022, 12, 17), date(2023, 2, 3))

HEALTH_AND_RED_CROSS: list[Case] = [
    ("Từ ngày 10/11 đến 10/12/2025", HA_NOI_HIV_MONTH_2025, ONCE, ["2025-12-10"]),
    ("Từ nay đến cuối năm", DI_AN_BLOOD_2013, ONCE, ["2013-12-31"]),
    ("Vào tháng 12-2013", DI_AN_BLOOD_2013, ONCE, ["2013-12-31"]),
    ("Từ ngày 17/12/2022 đến 3/2/2023", BAO_LOC_TET_NHAN_AI_2023, ONCE, ["2023-02-03"]),
    ("Từ nay đến ngày 10/1/2023", BAO_LOC_TET_NHAN_AI_2023, ONCE, ["2023-01-10"]),
]

# --- Children, labour safety, the poor and the elderly (xã hội, Mặt trận, người cao tuổi).

# Kế hoạch của UBND thành phố Hà Nội (1/4/2024), Tháng hành động vì trẻ em năm 2024, at
# dansinh.dantri.com.vn/vi-tre-em/ca-nuoc-soi-noi-chuan-bi-thang-hanh-dong-vi-tre-em-nam-2024-
# 20240427114415961.htm
HA_NOI_CHILDREN_2024 = Period(date(2024, 4, 1), date(2024, 12, 31))
# Kế hoạch số 01/KH-HĐVSATLĐ ngày 19/4/2022 của Hội đồng An toàn, vệ sinh lao động tỉnh Hưng
# Yên, Tháng hành động về an toàn vệ sinh lao động năm 2022, at soldtbxh.hungyen.gov.vn/portal/
# pages/print.aspx?p=9396
HUNG_YEN_SAFETY_MONTH_2022 = Period(date(2022, 4, 19), date(2022, 12, 31))
# Ban Vận động quỹ "Vì người nghèo" tỉnh An Giang (UBMTTQ Việt Nam tỉnh), Tháng cao điểm "Vì
# người nghèo" năm 2019, at baoangiang.com.vn/ngay-17-10-phat-dong-thang-cao-diem-vi-nguoi-
# ngheo-va-van-dong-quy-cay-mua-xuan--a255924.html
AN_GIANG_FOR_THE_POOR_2019 = Period(date(2019, 1, 1), date(2019, 12, 31))
# Phòng Văn hóa - Thông tin, Trung tâm Văn hóa Thể thao and Hội Người cao tuổi huyện Yên Thế
# (Bắc Giang), Liên hoan Tiếng hát Người cao tuổi huyện lần thứ V năm 2017, at yenthe.vn/van-
# hoa-xa-hoi/hoi-nct-huyen-yen-the-chuan-bi-lien-hoan-tieng-hat-nguoi-cao-tuoi-nam-2017.htm
YEN_THE_ELDERLY_SONGS_2017 = Period(date(2017, 1, 1), date(2017, 12, 31))

SOCIAL: list[Case] = [
    ("Vào tối 30/5", HA_NOI_CHILDREN_2024, ONCE, ["2024-05-30"]),
    ("Vào 19h30’ ngày 30/5", HA_NOI_CHILDREN_2024, ONCE, ["2024-05-30"]),
    (
        "Từ ngày 01/5/2022 đến hết ngày 31/5/2022",
        HUNG_YEN_SAFETY_MONTH_2022,
        ONCE,
        ["2022-05-31"],
    ),
    ("Ngày 17-10", AN_GIANG_FOR_THE_POOR_2019, ONCE, ["2019-10-17"]),
    ("Từ 17-10 đến 18-11", AN_GIANG_FOR_THE_POOR_2019, ONCE, ["2019-11-18"]),
    ("Từ 15 - 20/5/2017", YEN_THE_ELDERLY_SONGS_2017, ONCE, ["2017-05-20"]),
]

# --- Animal health, fisheries, rice and farmers' markets (nông nghiệp, thủy sản, thú y).

# Trung tâm Kỹ thuật Nông nghiệp thành phố Tam Kỳ (Quảng Nam), tiêm vắc-xin phòng bệnh Dại cho
# chó, mèo năm 2024, at tamky.quangnam.gov.vn/webcenter/portal/tamky/pages_tin-tuc/chi-tiet?
# dDocName=PORTAL557970
TAM_KY_RABIES_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
# Văn bản số 4008/UBND-KT ngày 31/10/2016 của Chủ tịch UBND tỉnh Bình Thuận, cấm khai thác Sò
# lông và Điệp quạt, at khuyennong.binhthuan.gov.vn/News/chutruong/ubnd/2016/11/1052.aspx
BINH_THUAN_SHELLFISH_BAN_2016 = Period(date(2016, 10, 31), date(2016, 12, 31))
# Ngành Nông nghiệp và PTNT tỉnh Quảng Nam, gieo sạ vụ lúa đông xuân 2014 - 2015, at
# baoquangnam.vn/nong-nghiep-nong-thon/gieo-sa-8000ha-lua-dong-xuan-tra-1-25448.html
QUANG_NAM_WINTER_RICE_2015 = Period(date(2014, 12, 1), date(2015, 5, 31))
# Hội Nông dân tỉnh Khánh Hòa, Phiên chợ nông sản năm 2019, at ktv.org.vn/tin-tong-hop/kinh-te/
# khai-mac-phien-cho-nong-san-tinh-khanh-hoa-2019/
KHANH_HOA_FARM_MARKET_2019 = Period(date(2019, 1, 1), date(2019, 12, 31))
# Hội Nông dân TP Hồ Chí Minh, Chợ phiên nông sản lần thứ IX năm 2019, at tieudungantoan.vn/tp-
# ho-chi-minh-to-chuc-cho-phien-nong-san-lan-thu-ix-2019.html
HCM_FARM_MARKET_2019 = Period(date(2019, 1, 1), date(2019, 12, 31))
# Sở Nông nghiệp và PTNT tỉnh An Giang, lễ thả cá tái tạo nguồn lợi thủy sản liên tỉnh trên sông
# Hậu năm 2022 (moved from 12/8 to 10/9), at baoangiang.com.vn/doi-ngay-to-chuc-le-tha-ca-tai-
# tao-nguon-loi-thuy-san-a340189.html
AN_GIANG_FISH_RELEASE_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))
# Chi cục Chăn nuôi và Thú y tỉnh Tây Ninh, thả cá giống vào hồ Dầu Tiếng năm 2021, at
# baotayninh.vn/kinh-te/nong-lam-thuy-san
TAY_NINH_FISH_RELEASE_2021 = Period(date(2021, 1, 1), date(2021, 12, 31))

AGRICULTURE: list[Case] = [
    ("Từ ngày 15/4/2024 đến ngày 15/6/2024", TAM_KY_RABIES_2024, ONCE, ["2024-06-15"]),
    (
        "Từ ngày 01/11/2016 đến hết ngày 31/12/2016",
        BINH_THUAN_SHELLFISH_BAN_2016,
        ONCE,
        ["2016-12-31"],
    ),
    ("Vào ngày 31.12.2014", QUANG_NAM_WINTER_RICE_2015, ONCE, ["2014-12-31"]),
    ("Từ ngày 1 đến 10.1.2015", QUANG_NAM_WINTER_RICE_2015, ONCE, ["2015-01-10"]),
    ("Đến ngày 12/8", KHANH_HOA_FARM_MARKET_2019, ONCE, ["2019-08-12"]),
    (
        "Từ ngày 10 đến ngày 16 tháng 9 năm 2019",
        HCM_FARM_MARKET_2019,
        ONCE,
        ["2019-09-16"],
    ),
    ("Từ ngày 12/8 sang ngày 10/9", AN_GIANG_FISH_RELEASE_2022, ONCE, ["2022-09-10"]),
    ("Từ ngày 25-28.10.2021", TAY_NINH_FISH_RELEASE_2021, ONCE, ["2021-10-28"]),
]

# --- OCOP and trade fairs, a Tết flower market (thương mại, OCOP).

# Sở Công thương tỉnh Tuyên Quang, kế hoạch tổ chức Hội chợ OCOP tỉnh Tuyên Quang năm 2024, at
# baotuyenquang.com.vn/hoi-cho-ocop-tinh-tuyen-quang-du-kien-dien-ra-tu-27-den-31-12!-203224.html
TUYEN_QUANG_OCOP_FAIR_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
# Sở Công Thương tỉnh Sóc Trăng, Hội chợ xúc tiến thương mại sản phẩm OCOP tỉnh và Đặc sản vùng
# miền năm 2024, at dbnd.soctrang.gov.vn/ubnd-stg/4/469/37057/395496/Tin-so-nganh/Hop-Ban-To-
# chuc-Hoi-cho-xuc-tien-thuong-mai-san-pham-OCOP-tinh-Soc-Trang-va-Dac-san-vung-mien-nam-
# 2024.aspx
SOC_TRANG_OCOP_FAIR_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
# UBND tỉnh Cao Bằng, Hội chợ xúc tiến thương mại sản phẩm OCOP tỉnh năm 2023, at nongthon.
# vietnamtourism.gov.vn/cao-bang-hop-ban-to-chuc-to-giup-viec-hoi-cho-xuc-tien-thuong-mai-
# san-pham-ocop-tinh-nam-2023/: its one phrase was left out (see the docstring).
# UBND tỉnh Quảng Ninh, Hội chợ sản phẩm OCOP (2023), at congthuong.vn/sap-dien-ra-hoi-cho-san-
# pham-ocop-tai-quang-ninh-241760.html
QUANG_NINH_OCOP_FAIR_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))
# Sở Công Thương tỉnh Kiên Giang, Diễn đàn kết nối sản phẩm OCOP vùng Đồng bằng sông Cửu Long
# năm 2024, at lite.baomoi.com/sap-dien-ra-dien-dan-ket-noi-san-pham-ocop-vung-dong-bang-song-
# cuu-long-c50205328.epi
KIEN_GIANG_OCOP_FORUM_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
# UBND tỉnh Sóc Trăng, Lễ hội Oóc Om Bóc - Đua ghe Ngo 2017: hội chợ thương mại, liên hoan ẩm
# thực, hội thi "Gạo ngon, lúa thơm", triển lãm trái cây, at duaghengo.soctrang.gov.vn/de/hoi-
# tro-trien-lam
SOC_TRANG_OOC_OM_BOC_FAIR_2017 = Period(date(2017, 1, 1), date(2017, 12, 31))
# Kế hoạch của UBND huyện Phù Cừ (Hưng Yên) ngày 18/01/2021, Chợ hoa Tết Tân Sửu năm 2021, at
# phucu.hungyen.gov.vn/portal/pages/print.aspx?p=9227; 11/02/2021 was the 30th of the twelfth
# lunar month of Canh Tý.
PHU_CU_FLOWER_MARKET_2021 = Period(date(2021, 1, 18), date(2021, 12, 31))

TRADE_FAIRS: list[Case] = [
    ("Từ 27 đến 31-12", TUYEN_QUANG_OCOP_FAIR_2024, ONCE, ["2024-12-31"]),
    ("Từ ngày 27 đến 31-12", TUYEN_QUANG_OCOP_FAIR_2024, ONCE, ["2024-12-31"]),
    (
        "Từ ngày 09/11/2024 đến ngày 15/11/2024",
        SOC_TRANG_OCOP_FAIR_2024,
        ONCE,
        ["2024-11-15"],
    ),
    (
        "Dự kiến từ 07 giờ 00’ ngày 12/02/2023 (Chủ nhật)",
        QUANG_NINH_OCOP_FAIR_2023,
        ONCE,
        ["2023-02-12"],
    ),
    (
        "Từ ngày 12/02/2023 đến ngày 14/02/2023",
        QUANG_NINH_OCOP_FAIR_2023,
        ONCE,
        ["2023-02-14"],
    ),
    ("Dự kiến, từ ngày 26/9 đến 30/9", KIEN_GIANG_OCOP_FORUM_2024, ONCE, ["2024-09-30"]),
    ("Từ ngày 26/9 đến 30/9", KIEN_GIANG_OCOP_FORUM_2024, ONCE, ["2024-09-30"]),
    (
        "Khai mạc lúc 18 giờ 00, ngày 28/10/2017 và kết thúc vào 17 giờ 00, ngày 03/11/2017",
        SOC_TRANG_OOC_OM_BOC_FAIR_2017,
        ONCE,
        ["2017-11-03"],
    ),
    (
        "Khai mạc: 09 giờ 00, ngày 29/10/2017 và kéo dài đến hết ngày 03/11/2017",
        SOC_TRANG_OOC_OM_BOC_FAIR_2017,
        ONCE,
        ["2017-11-03"],
    ),
    ("Ngày 29/10/2017", SOC_TRANG_OOC_OM_BOC_FAIR_2017, ONCE, ["2017-10-29"]),
    (
        "08 giờ 00, ngày 30/10/2017 và kéo dài đến hết ngày 03/11/2017",
        SOC_TRANG_OOC_OM_BOC_FAIR_2017,
        ONCE,
        ["2017-11-03"],
    ),
    (
        "08 giờ 00, ngày 29/10/2017 và trưng bày kéo dài đến hết ngày 03/11/2017",
        SOC_TRANG_OOC_OM_BOC_FAIR_2017,
        ONCE,
        ["2017-11-03"],
    ),
    (
        "16 giờ 00, ngày 29/10/2017 và trưng bày kéo dài đến hết ngày 03/11/2017",
        SOC_TRANG_OOC_OM_BOC_FAIR_2017,
        ONCE,
        ["2017-11-03"],
    ),
    (
        "Từ ngày 28/1 đến ngày 11/2/2021, tức từ ngày 16 đến ngày 30 tháng Chạp âm lịch",
        PHU_CU_FLOWER_MARKET_2021,
        ONCE,
        ["2021-02-11"],
    ),
    (
        "Dự kiến ngày 3/2/2021, tức ngày 22 tháng Chạp âm lịch",
        PHU_CU_FLOWER_MARKET_2021,
        ONCE,
        ["2021-02-03"],
    ),
]

# --- Olympic runs, tourism, flower and fruit festivals, culture weeks (thể thao, du lịch).

# Kế hoạch số 1462/KH-UBND ngày 10/3/2017 của UBND tỉnh Vĩnh Phúc, Ngày chạy Olympic vì sức khỏe
# toàn dân năm 2017, at vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_detail.aspx?
# ItemID=965; 26/3/2017 was a Sunday.
VINH_PHUC_OLYMPIC_RUN_2017 = Period(date(2017, 3, 10), date(2017, 12, 31))
# Kế hoạch của UBND tỉnh Đồng Tháp, Ngày chạy Olympic vì sức khỏe toàn dân năm 2019, at
# baodongthap.com.vn/the-thao/to-chuc-ngay-chay-olympic-vi-suc-khoe-toan-dan-nam-2019-
# 82661.aspx; 24/3/2019 was a Sunday.
DONG_THAP_OLYMPIC_RUN_2019 = Period(date(2019, 1, 1), date(2019, 12, 31))
# Kế hoạch của UBND tỉnh Hòa Bình, các hoạt động trong Chương trình Năm Du lịch quốc gia 2017,
# at www.baohoabinh.com.vn/16/104971/Nhieu_hoat_dong_su_kien_to_chuc_va_tham_gia_Chuong_trinh_
# Nam_Du_lich_quoc_gia_2017.htm; 31/1/2017 was the 4th of the first lunar month of Đinh Dậu.
HOA_BINH_TOURISM_YEAR_2017 = Period(date(2017, 1, 1), date(2017, 12, 31))
# UBND tỉnh Lâm Đồng, Festival Hoa Đà Lạt lần thứ IV-2011, at www.baomoi.com/lam-dong-festival-
# hoa-da-lat-se-dien-ra-tu-ngay-30-12-2011-den-4-1-2012/c/5911069.epi
DA_LAT_FLOWERS_2011 = Period(date(2011, 1, 1), date(2012, 1, 31))
# UBND thành phố Long Khánh (Đồng Nai), lễ hội trái cây lần thứ IV-2022, at baodongnai.com.vn/
# tintuc/202205/tplong-khanh-du-kien-to-chuc-le-hoi-trai-cay-lan-thu-iv-trong-thang-6-3114555
LONG_KHANH_FRUIT_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))
# UBND tỉnh Bình Dương, Lễ hội "Mùa trái chín" năm 2024, at baobinhduong.vn/du-kien-le-hoi-mua-
# trai-chin-nam-2024-dien-ra-dau-thang-6-2024-a320914.html
BINH_DUONG_FRUIT_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
# UBND huyện Thạnh Phú (Bến Tre), Tuần lễ Văn hóa - Thể thao - Du lịch biển năm 2023 (Công văn
# 1817/UBND-KGVX ngày 30/3/2023 của UBND tỉnh), at baodongkhoi.vn/chuan-bi-to-chuc-tuan-le-van-
# hoa-the-thao-du-lich-bien-thanh-phu-nam-2023-31032023-a112913.html
THANH_PHU_SEA_WEEK_2023 = Period(date(2023, 3, 30), date(2023, 12, 31))
# Tỉnh Hải Dương, Tuần lễ Văn hóa, Thể thao và Du lịch năm 2022 hưởng ứng SEA Games 31, at
# beta.dangcongsan.vn/hai-duong-to-chuc-tuan-le-huong-ung-sea-games-31-post608941.html
HAI_DUONG_SEA_GAMES_WEEK_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))

CULTURE_SPORTS_TOURISM: list[Case] = [
    ("Vào 7h00 ngày 26/3/2017 (chủ nhật)", VINH_PHUC_OLYMPIC_RUN_2017, ONCE, ["2017-03-26"]),
    ("Ngày 24/3", DONG_THAP_OLYMPIC_RUN_2019, ONCE, ["2019-03-24"]),
    (
        "Vào lúc 7 giờ sáng Chủ nhật, ngày 24/3/2019",
        DONG_THAP_OLYMPIC_RUN_2019,
        ONCE,
        ["2019-03-24"],
    ),
    ("Trong tháng 3/2019", DONG_THAP_OLYMPIC_RUN_2019, ONCE, ["2019-03-31"]),
    (
        "Từ ngày 31/1 - 6/2/2017 (Tức từ mùng 4 -10 tháng giêng năm Đinh Dậu)",
        HOA_BINH_TOURISM_YEAR_2017,
        ONCE,
        ["2017-02-06"],
    ),
    (
        "Ngày 31/1 (tức ngày mùng 4 tháng giêng)",
        HOA_BINH_TOURISM_YEAR_2017,
        ONCE,
        ["2017-01-31"],
    ),
    (
        "Ngày 2/2 (tức ngày mùng 6 tháng giêng)",
        HOA_BINH_TOURISM_YEAR_2017,
        ONCE,
        ["2017-02-02"],
    ),
    (
        "Ngày 4/2 (tức ngày mùng 8 tháng Giêng)",
        HOA_BINH_TOURISM_YEAR_2017,
        ONCE,
        ["2017-02-04"],
    ),
    (
        "Ngày 3/2 (tức ngày mùng 7 tháng giêng)",
        HOA_BINH_TOURISM_YEAR_2017,
        ONCE,
        ["2017-02-03"],
    ),
    (
        "Trong 6 ngày (từ ngày 30-12-2011 đến 4-1-2012)",
        DA_LAT_FLOWERS_2011,
        ONCE,
        ["2012-01-04"],
    ),
    ("Ngày 31-12-2011", DA_LAT_FLOWERS_2011, ONCE, ["2011-12-31"]),
    ("Ngày 4-1-2012", DA_LAT_FLOWERS_2011, ONCE, ["2012-01-04"]),
    ("Từ ngày 8 đến 15-6-2024", BINH_DUONG_FRUIT_2024, ONCE, ["2024-06-15"]),
    ("Từ ngày 27-4 đến 2-5-2023", THANH_PHU_SEA_WEEK_2023, ONCE, ["2023-05-02"]),
    ("Từ ngày 14 - 20/5", HAI_DUONG_SEA_GAMES_WEEK_2022, ONCE, ["2022-05-20"]),
    ("Từ ngày 13 - 20/5", HAI_DUONG_SEA_GAMES_WEEK_2022, ONCE, ["2022-05-20"]),
]

# --- Clean-up days (môi trường).

# Kế hoạch của UBND huyện Cát Hải (Hải Phòng), Ngày toàn dân chung tay vì huyện đảo xanh - sạch
# - đẹp lần thứ 4 năm 2018 (its page of 21/08/2018), at moitruongdulich.vn/index.php/item/13166;
# the last Sundays of August to December 2018 were the 26th, 30th, 28th, 25th and 30th.
CAT_HAI_CLEAN_UP_2018 = Period(date(2018, 8, 21), date(2018, 12, 31))

ENVIRONMENT: list[Case] = [
    (
        "Vào ngày chủ nhật cuối cùng của tháng",
        CAT_HAI_CLEAN_UP_2018,
        RECURRING,
        ["2018-08-26", "2018-09-30", "2018-10-28", "2018-11-25", "2018-12-30"],
    ),
    ("Từ ngày 26/8 đến 31/8/2018", CAT_HAI_CLEAN_UP_2018, ONCE, ["2018-08-31"]),
    ("Vào các ngày từ 26/8 đến 31/8/2018", CAT_HAI_CLEAN_UP_2018, ONCE, ["2018-08-31"]),
]

# --- Youth Union summers and green Sundays, women's unions (Đoàn, Hội Phụ nữ, Công đoàn).

# Công văn số 74-CV/ĐTN ngày 17/7/2018 của BTV Huyện Đoàn Thọ Xuân (Thanh Hóa), Ngày Chủ nhật
# xanh 22/7/2018, at huyendoanthoxuan.vn/index.php?dnt=%2Fview%2Fpost%2F&post=2942; 22/7/2018
# was a Sunday.
THO_XUAN_GREEN_SUNDAY_2018 = Period(date(2018, 7, 17), date(2018, 12, 31))
# Thành đoàn TP Hồ Chí Minh, chiến dịch tình nguyện Mùa hè xanh lần thứ 24 năm 2017, at www.
# thanhdoan.hochiminhcity.gov.vn/ThanhDoan/webtd/News/28959
HCM_GREEN_SUMMER_2017 = Period(date(2017, 1, 1), date(2017, 12, 31))
# Hội LHPN TP Hồ Chí Minh, liên hoan hát ru, hát dân ca, cổ truyền cấp thành phố năm 2014, at
# phunuonline.com.vn/lien-hoan-hat-ru-hat-dan-ca-co-truyen-nam-2014-a67869.html
HCM_WOMEN_LULLABIES_2014 = Period(date(2014, 1, 1), date(2014, 12, 31))
# Hội LHPN thành phố Hà Nội, các hoạt động kỷ niệm 113 năm Ngày Quốc tế phụ nữ (2023), at
# thuonghieuxanh.vn/van-hoa/phu-nu-thu-do-trien-khai-nhieu-hoat-dong-ky-niem-113-nam-ngay-
# quoc-te-phu-nu.html
HA_NOI_WOMEN_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))
# Ban Nữ công Liên đoàn Lao động huyện Cờ Đỏ (Cần Thơ), kế hoạch các hoạt động chào mừng Ngày
# Quốc tế phụ nữ (26/02/2016), at ldldct.org.vn/trien-khai-ke-hoach-to-chuc-cac-hoat-dong-chao-
# mung-ky-niem-106-nam-ngay-quoc-te-phu-nu-8-3-va-1976-nam-cuoc-khoi-nghia-hai-ba-trung
CO_DO_WOMEN_WORKERS_2016 = Period(date(2016, 2, 26), date(2016, 12, 31))

YOUTH_AND_WOMEN: list[Case] = [
    ("Ngày 22/7/2018 (Chủ nhật)", THO_XUAN_GREEN_SUNDAY_2018, ONCE, ["2018-07-22"]),
    ("Chậm nhất 10h00’ ngày 23/7/2018", THO_XUAN_GREEN_SUNDAY_2018, ONCE, ["2018-07-23"]),
    ("Từ ngày 16/7 đến ngày 13/8", HCM_GREEN_SUMMER_2017, ONCE, ["2017-08-13"]),
    ("Vào ngày 9/5/2014", HCM_WOMEN_LULLABIES_2014, ONCE, ["2014-05-09"]),
    ("Từ 1/3 đến 8/3", HA_NOI_WOMEN_2023, ONCE, ["2023-03-08"]),
    ("Vào ngày 3/3", HA_NOI_WOMEN_2023, ONCE, ["2023-03-03"]),
    ("Vào đúng ngày 8/3", HA_NOI_WOMEN_2023, ONCE, ["2023-03-08"]),
    ("Ngày 04/3/2016", CO_DO_WOMEN_WORKERS_2016, ONCE, ["2016-03-04"]),
    ("Ngày 07/3/2016", CO_DO_WOMEN_WORKERS_2016, ONCE, ["2016-03-07"]),
]

ELEVENTH_SET_SECOND = (
    EDUCATION_AND_CONTESTS
    + HEALTH_AND_RED_CROSS
    + SOCIAL
    + AGRICULTURE
    + TRADE_FAIRS
    + CULTURE_SPORTS_TOURISM
    + ENVIRONMENT
    + YOUTH_AND_WOMEN
)

# Phrases of these plans that another deadline test module already writes: not held out,
# kept (with their readings) for how often the common forms turn up.
SEEN_ELSEWHERE: list[Case] = [
    # Huế's school-year title; the first part (test_deadline_eleventh_set.py), collected at the
    # same time, writes the same words for another plan.
    ("Vào ngày 15/8", HUE_SCHOOL_YEAR_2017, ONCE, ["2016-08-15"]),
    # Long Khánh's fruit-festival title; tests/models/test_deadline_third_set.py writes it.
    ("Trong tháng 6", LONG_KHANH_FRUIT_2022, ONCE, ["2022-06-30"]),
]

# The share read right when the set was measured (see the module docstring), below
# issue 14's 95%.
MEASURED_SHARE = 71 / 79


def test_the_second_part_is_big_distinct_and_held_out() -> None:
    assert_big_distinct_and_held_out(ELEVENTH_SET_SECOND, __file__, at_least=79)


def test_no_second_part_phrase_reads_wrong() -> None:
    assert_none_wrong(ELEVENTH_SET_SECOND + SEEN_ELSEWHERE)


def test_the_second_part_reads_at_least_as_right_as_measured() -> None:
    assert_reads_right_at_least(ELEVENTH_SET_SECOND, MEASURED_SHARE)
