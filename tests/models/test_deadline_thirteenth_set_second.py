"""The thirteenth held-out set, second part: deadlines and timetables of local plans and notices.

Every phrase here was copied from a plan (kế hoạch), notice (thông báo, công văn, hướng dẫn) or
timetable of a commune, ward, district, town, city or province, of a provincial department, police
or council, of a farm co-operative or of a local mass organisation (Tỉnh đoàn, Thành đoàn, Hội
Cựu chiến binh, Ủy ban MTTQ of a district, Hội Liên hiệp Phụ nữ of a district), or from the page
of a provincial paper, radio-TV station or portal that sets out such a plan's dates. None of the
pages that give the held-out phrases is cited by the twelve earlier held-out sets or by the other
deadline test modules, nor, when this part was finished, by the first part of the thirteenth
(tests/models/test_deadline_thirteenth_set.py, collected at the same time by another helper,
mostly from *.gov.vn portals). They were found in the stored public pages, 28 of them, each cited
below, beside its plan's period, by its address. They cover crop calendars, a rat campaign, a farm
co-operative's harvest and a rural-development plan (nông nghiệp, nông thôn mới); the congresses
of the youth union, of veterans and of the Fatherland Front (đoàn thể); a women's week, a youth
contest, a New Year's programme for soldiers and a blood drive; military service, identity cards,
a city council's oversight, a province's reply to firms and the merger of Hà Nội's communes
(quốc phòng, công an, HĐND, UBND); and two arts contests, an arts festival, a fair and a village
festival (văn hóa, thương mại).

From each page every time phrase that would stand in a plan's deadline or timetable cell was
taken, in the page's order (a page's title or a picture's caption too, when it states a time the
body also gives in other words: "Trước 30/6/2024", "Tối 11/11", "Trước ngày 21/4"), at most six
from one page: Kon Tum's crop calendar was cut after its sixth ("trước ngày 10/7" left), A
Roàng's after its sixth (the rest of its table of rice varieties left). The wording of the time
expression is kept as written; only what would not stand in the cell was trimmed, with a capital
first letter: the activity a date belongs to ("lúa sạ gieo muộn nhất đến ngày 25/6" gives "Muộn
nhất đến ngày 25/6", "Hội chợ diễn ra đến ngày 24.8" gives "Đến ngày 24.8"). Dates a page gives
only as when it was written, or as how far the work had got by then ("đến ngày 22.4, toàn tỉnh
có 495/629 cơ sở đoàn..."), were not taken. Each phrase is read against the period of its plan,
as the plan or page states it (from the day it was issued, where the page gives that day), or
its year where the page names only a year.

The readings were written down as a careful clerk would take each phrase, under the conventions
of tests/models/test_deadline.py, README.md's table of deadline forms and the earlier held-out
sets, before the engine was run on any of them: "Trước ngày X", and "Trước X" without "ngày"
("Trước 31-5", "Trước 30.7.2017"), is the day before X; "Đến ngày X", "Đến hết ngày X",
"Muộn nhất đến ngày X", "Chậm nhất ngày X" and "Từ nay đến X" are X; a month is its last day
("Vào tháng 7.2022", "Trong tháng 5/2019"), a quarter too; a span is due at its end, with or
without "Từ" and "ngày" before it ("15/4 đến 20/4", "Từ ngày 20.8 - 10.9"); a time of day, a part
of the day, an opening or closing ("Khai mạc", "Bế mạc") or a weekday that agrees beside a date
is that date; "Trong 2 ngày, 11 và 12/11" is its last day, the count agreeing; a bracket that
notes a count that agrees ("(diễn ra trong 3 ngày, ...)") changes nothing; a day and month with
no year take the plan's year, the only year of its period that holds them. The engine code
(models/deadline/) was not opened while collecting, nor the engine run. All phrases are one-off
dates or spans (ONCE); the pages found gave no recurring, ongoing or milestone forms that could
be read one way only.

Left out, as readable two ways, with no certain day, a start with no end, relative, written
wrong, or not local:

- two quarters joined by "và" before one year, which may be one span due at the second's end or
  a milestone at each: "Trong Quý 1 và Quý 2 năm 2024" (Vĩnh Linh's Front congresses);
- a start with no end: "Bắt đầu từ ngày 18/3/2026" (Hưng Đạo's stalls for its festival);
- relative: "Sáng nay 22.8" (Bắc Trà My's fair, "this morning" of the page);
- not a deadline: Quảng Ninh's "12/11 (1936 –2021)" (the anniversary the festival marks) and
  Kon Tum's "vào khoảng tháng 11" and "vào cuối tháng 11" (when the rainy season ends);
- days without their month in the phrase: the table of xã Tây Sơn's days for citizens in 2025
  ("Ngày 03; 10; 17; 24; 31 (Thứ 5)", its month in another column, tayson.gialai.gov.vn);
- written wrong: "ngày 1525 hàng tháng" (HĐND huyện Na Rì, nari.gov.vn, two days run together;
  its "Trước ngày 15 và 25 hàng tháng" was left with it, the page naming no day it was issued);
- dates of national bodies restated by papers: the Ministry of Education's school-year frame,
  the Ministry of Public Security's identity-card deadline for five cities, the Secretariat's
  Chỉ thị 16 on farmers' congresses, the Ban Chỉ đạo liên ngành Trung ương's food-safety checks.

Many pages the searches returned had already been used by the earlier sets (Phú Thọ's election
timetable, Thừa Thiên Huế's school year, Gia Lai's and Nghệ An's poor-household surveys, Đà
Nẵng's livestock vaccination, Thanh Hà's and Kiến Hải's rat campaigns, Đô Lương's census, whose
address the sixth set wraps across lines, Bắc Kạn's and Chơn Thành's military service, Thanh Hà's
party congresses, Đức Phổ's, Quảng Nam's farmers' and youth congresses, Hòa Thành's, Lai
Vung's, Đắk Nông's and Sóc Trăng's festivals, Phù Cừ's flower market, Ngân Sơn's days for
citizens, Hà Nam's blood drives, Tây Ninh's identity cards, Hải Dương's and Lào Cai's tree
planting) and were left alone. Two more pages only repeat phrases taken here: Quảng Nam's
Front congresses (baoquangnam.vn/chinh-tri/quang-nam-co-14241-don-vi-cap-xa-hoan-thanh-dai-hoi-
mttq-viet-nam-154822.html) and Đại Lộc's (dailocrt.vn), whose "Trước ngày 30/4/2024" and
"Trước ngày 30/6/2024" are Vĩnh Linh's too. One phrase of these plans is written verbatim in
another deadline test module: "Trong tháng 3/2019" (Giang Thành's Front congresses; the eleventh
set's second part writes it for another plan). It is kept, with its reading, in SEEN_ELSEWHERE and
not in the held-out list.

The engine was run on both parts of the thirteenth set once, on 2026-12-01 at 17:55 UTC (as
this machine's clock reads), on commit e06a3c5 (the engine's tenth round, committed before the
set was moved into tests/models/; models/deadline/ had no uncommitted change), and was not
changed for it. The two parts were written outside the tests folder while the tenth round was
taught, so no test run of that round could read them. Of this part's 54 phrases (from 28
sources), 53 read right (98.1%) and 1 came back ``unknown``; its SEEN_ELSEWHERE phrase read
right. No expectation was changed after measuring. Both parts together: 58 of 60 (96.7%), none
wrong; with the phrases seen elsewhere, 60 of 62 (96.8%). That meets issue 14's 95% on this
set; the test asserts the measured share. The phrase still unread:

- a note in brackets that counts the span's days and says what it leaves out: "Từ ngày 22/8
  đến 24/8/2022 (diễn ra trong 3 ngày, không kể thời gian đi và về)".
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

# --- Crop calendars, rat campaigns and a farm co-operative (nông nghiệp).

# Sở Nông nghiệp và PTNT tỉnh Kon Tum, khuyến cáo lịch thời vụ gieo cấy vụ mùa năm 2016 (lúa
# nước), at kontumtv.vn/tin-tuc/tin-trong-nuoc/ke-hoach-gieo-trong-vu-mua-nam-2016-doi-voi-lua-
# nuoc-o-kon-tum (cut after its sixth phrase; "trước ngày 10/7" was left)
KON_TUM_MAIN_CROP_2016 = Period(date(2016, 1, 1), date(2016, 12, 31))
# UBND xã A Roàng (A Lưới, Thừa Thiên Huế), hướng dẫn lịch thời vụ gieo trồng vụ Hè thu 2022
# (its page of 11/05/2022), at aroang.thuathienhue.gov.vn/?gd=4&cn=115&tc=11402 (its text, then
# the first row of its table of rice varieties; cut after the sixth phrase, before the table's
# second row)
A_ROANG_SUMMER_CROP_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))
# HTX dịch vụ nông nghiệp xã Nguyên Xá (Vũ Thư, Thái Bình), kế hoạch thu chiêm làm mùa (its
# meeting of 26/5/2022), at nguyenxa.thaibinh.gov.vn/hoi-nghi-chuan-bi-cho-thu-chiem-lam-mua.html
NGUYEN_XA_MAIN_CROP_2022 = Period(date(2022, 5, 26), date(2022, 12, 31))
# Xã Cộng Hòa (Nam Sách, Hải Dương), đợt cao điểm diệt chuột bảo vệ sản xuất vụ mùa 2020, at
# m.baohaiduong.vn/nong-nghiep/xa-cong-hoa-diet-tren-4000-con-chuot-trong-dot-cao-diem-147140
CONG_HOA_RATS_2020 = Period(date(2020, 1, 1), date(2020, 12, 31))
# Sở Nông nghiệp và PTNT tỉnh Khánh Hòa, rà soát, xây dựng kế hoạch nông thôn mới năm 2022 (its
# page of 08/08/2021), at baokhanhhoa.vn/phong-su/xay-dung-nong-thon-moi/202108/xay-dung-ke-
# hoach-nong-thon-moi-nam-2022-8224821/
KHANH_HOA_RURAL_PLAN_2021 = Period(date(2021, 8, 8), date(2021, 12, 31))

FARMING: list[Case] = [
    ("Từ ngày 5/6 – 20/6", KON_TUM_MAIN_CROP_2016, ONCE, ["2016-06-20"]),
    ("Từ 25/6 – 10/7", KON_TUM_MAIN_CROP_2016, ONCE, ["2016-07-10"]),
    ("Từ ngày 10/6 – 30/6", KON_TUM_MAIN_CROP_2016, ONCE, ["2016-06-30"]),
    ("Đến hết ngày 30/5", KON_TUM_MAIN_CROP_2016, ONCE, ["2016-05-30"]),
    ("Từ 15/6 – 30/6", KON_TUM_MAIN_CROP_2016, ONCE, ["2016-06-30"]),
    ("Muộn nhất đến ngày 25/6", KON_TUM_MAIN_CROP_2016, ONCE, ["2016-06-25"]),
    ("Từ 25/8 đến 05/9", A_ROANG_SUMMER_CROP_2022, ONCE, ["2022-09-05"]),
    ("15/4 đến 20/4", A_ROANG_SUMMER_CROP_2022, ONCE, ["2022-04-20"]),
    ("15/5 đến 25/5", A_ROANG_SUMMER_CROP_2022, ONCE, ["2022-05-25"]),
    ("05/5 đến 15/5", A_ROANG_SUMMER_CROP_2022, ONCE, ["2022-05-15"]),
    ("25/7 đến 05/8", A_ROANG_SUMMER_CROP_2022, ONCE, ["2022-08-05"]),
    ("25/8 đến 05/9", A_ROANG_SUMMER_CROP_2022, ONCE, ["2022-09-05"]),
    ("Từ 3/7 đến 10/7/2022", NGUYEN_XA_MAIN_CROP_2022, ONCE, ["2022-07-10"]),
    ("Từ ngày 20.8 - 10.9", CONG_HOA_RATS_2020, ONCE, ["2020-09-10"]),
    ("Trước ngày 30-8", KHANH_HOA_RURAL_PLAN_2021, ONCE, ["2021-08-29"]),
]

# --- Congresses of mass organisations: youth union, veterans, Fatherland Front (đoàn thể).

# Thành đoàn Hội An (Quảng Nam), đại hội Đoàn cấp cơ sở và Đại hội Đoàn thành phố nhiệm kỳ
# 2022 - 2027, at baoquangnam.vn/thanh-nien/hoi-an-hoan-thanh-dai-hoi-doan-cap-co-so-127755.html
HOI_AN_YOUTH_CONGRESS_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))
# Tỉnh đoàn Quảng Nam, đại hội Đoàn các cấp nhiệm kỳ 2017 - 2022 (its page of 22/4/2017), at
# baoquangnam.vn/thanh-nien/495-co-so-doan-tien-hanh-dai-hoi-nhiem-ky-2017-2019-49064.html
QUANG_NAM_YOUTH_CONGRESSES_2017 = Period(date(2017, 1, 1), date(2017, 12, 31))
# Tỉnh đoàn Hải Dương, Đại hội Đoàn cấp tỉnh nhiệm kỳ 2022 - 2027 (its page of 12/8/2022), at
# m.baohaiduong.vn/xa-hoi/hai-duong-hoan-thanh-dai-hoi-doan-thanh-nien-cap-huyen-211195
HAI_DUONG_YOUTH_CONGRESS_2022 = Period(date(2022, 8, 12), date(2022, 12, 31))
# Hội Cựu chiến binh tỉnh Tuyên Quang, kế hoạch đại hội Hội CCB các cấp nhiệm kỳ 2022 - 2027
# (Báo Tuyên Quang), at baomoi.net.vn/chuan-bi-dai-hoi-hoi-ccb-cac-cap-c41544877.epi
TUYEN_QUANG_VETERANS_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))
# Hội Cựu chiến binh tỉnh Bắc Kạn, đại hội Hội CCB các cấp nhiệm kỳ 2022 - 2027, at
# baobackan.vn/hoan-thanh-dai-hoi-hoi-cuu-chien-binh-cap-huyen-va-co-so-post3242.html
BAC_KAN_VETERANS_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))
# Hội Cựu chiến binh quận Long Biên (Hà Nội), kế hoạch chuẩn bị đại hội Hội CCB các cấp nhiệm kỳ
# 2022 - 2027 (its meeting of 17/9/2021), at portal.longbien.gov.vn/web/guest/cong-tac-dang
# (assetEntryId 12175641, "hoi-cuu-chien-binh-quan-trien-khai-ke-hoach-chuan-bi-ai-hoi-ccb-cac-
# cap-nhiem-ky-2022-2027")
LONG_BIEN_VETERANS_2022 = Period(date(2021, 9, 17), date(2022, 12, 31))
# Ban Thường trực Ủy ban MTTQ Việt Nam huyện Vĩnh Linh (Quảng Trị), đại hội MTTQ Việt Nam các
# cấp nhiệm kỳ 2024 - 2029, at vinhlinh.quangtri.gov.vn/chi-tiet/-/view-article/1/
# 1647698202167/1694656356022 (its title first)
VINH_LINH_FRONT_CONGRESSES_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
# Ban Thường trực Ủy ban MTTQ huyện Giang Thành (Kiên Giang), đại hội MTTQ các cấp (its page of
# 28/11/2018, restating Báo Đại Đoàn Kết of 27/11/2018), at thuvienkiengiang.vn/news.php?id=2511
GIANG_THANH_FRONT_CONGRESSES_2019 = Period(date(2018, 11, 28), date(2019, 6, 30))

MASS_ORGANISATIONS: list[Case] = [
    ("Vào tháng 7.2022", HOI_AN_YOUTH_CONGRESS_2022, ONCE, ["2022-07-31"]),
    ("Trước ngày 20.5.2017", QUANG_NAM_YOUTH_CONGRESSES_2017, ONCE, ["2017-05-19"]),
    ("Trước 30.7.2017", QUANG_NAM_YOUTH_CONGRESSES_2017, ONCE, ["2017-07-29"]),
    ("Trước ngày 15.10.2022", HAI_DUONG_YOUTH_CONGRESS_2022, ONCE, ["2022-10-14"]),
    ("Trước 31-5", TUYEN_QUANG_VETERANS_2022, ONCE, ["2022-05-30"]),
    ("Trước 31-7", TUYEN_QUANG_VETERANS_2022, ONCE, ["2022-07-30"]),
    ("Trước 15-10", TUYEN_QUANG_VETERANS_2022, ONCE, ["2022-10-14"]),
    ("Trước ngày 31/5", BAC_KAN_VETERANS_2022, ONCE, ["2022-05-30"]),
    ("Trong quý II/2022", BAC_KAN_VETERANS_2022, ONCE, ["2022-06-30"]),
    ("Vào tháng 10/2022", BAC_KAN_VETERANS_2022, ONCE, ["2022-10-31"]),
    ("Trước ngày 31/5/2022", LONG_BIEN_VETERANS_2022, ONCE, ["2022-05-30"]),
    ("Trước ngày 31/7/2022", LONG_BIEN_VETERANS_2022, ONCE, ["2022-07-30"]),
    ("Trước 30/6/2024", VINH_LINH_FRONT_CONGRESSES_2024, ONCE, ["2024-06-29"]),
    ("Trước ngày 30/4/2024", VINH_LINH_FRONT_CONGRESSES_2024, ONCE, ["2024-04-29"]),
    ("Trước ngày 20/2/2024", VINH_LINH_FRONT_CONGRESSES_2024, ONCE, ["2024-02-19"]),
    ("Trước ngày 30/6/2024", VINH_LINH_FRONT_CONGRESSES_2024, ONCE, ["2024-06-29"]),
    ("Vào tháng 12/2018", GIANG_THANH_FRONT_CONGRESSES_2019, ONCE, ["2018-12-31"]),
    ("Trong tháng 5/2019", GIANG_THANH_FRONT_CONGRESSES_2019, ONCE, ["2019-05-31"]),
    ("Tháng 12/2018", GIANG_THANH_FRONT_CONGRESSES_2019, ONCE, ["2018-12-31"]),
]

# --- Campaigns, contests and blood drives (đoàn thể, thi đua, y tế).

# Tỉnh đoàn Tây Ninh, cuộc thi viết thư và sáng tác "Khôi phục trái đất chúng ta" năm 2021, at
# baotayninh.vn/trao-giai-cuoc-thi-viet-thu-va-sang-tac-chu-de-khoi-phuc-trai-dat-chung-ta-
# a141225.html
TAY_NINH_YOUTH_CONTEST_2021 = Period(date(2021, 11, 1), date(2022, 1, 31))
# UBND huyện Châu Thành (Sóc Trăng), kế hoạch tổ chức các hoạt động Tết Quân - Dân năm 2024
# (Hội LHPN huyện), at phunu.soctrang.gov.vn/83_tin-tuc-su-kien/837_hoi-lhpn-huyen-chau-thanh-to-
# chuc-hop-bao-trien-khai-chuong-trinh-cong-tac-nam-2024-va-ke-hoach-tham-gia-cac-hoat-dong-tet-
# quan-dan-nam-2024.html
CHAU_THANH_ARMY_NEW_YEAR_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
# Hội LHPN huyện Bù Đăng (Bình Phước), "Tuần lễ Áo dài" năm 2024, at budang.binhphuoc.gov.vn/
# vi/news/hoat-dong-hoi-doan-the/hoi-lien-hiep-phu-nu-huyen-bu-dang-to-chuc-hoi-nghi-so-ket-6-
# thang-dau-nam-2024-4025.html
BU_DANG_AO_DAI_WEEK_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))

# Ban Chỉ đạo vận động hiến máu tình nguyện huyện Đakrông (Quảng Trị), hiến máu năm 2023 (its
# day of 14/4/2023; Báo Quảng Trị), at xanhx.vn/binh-di-cao-quy/dakrong-500-tinh-nguyen-vien-
# hien-mau-tinh-nguyen-23501.html
DAKRONG_BLOOD_DRIVES_2023 = Period(date(2023, 4, 14), date(2023, 12, 31))

CAMPAIGNS: list[Case] = [
    ("Từ ngày 22.11.2021 đến 10.12.2021", TAY_NINH_YOUTH_CONTEST_2021, ONCE, ["2021-12-10"]),
    ("Từ ngày 23/01 – 26/01/2024", CHAU_THANH_ARMY_NEW_YEAR_2024, ONCE, ["2024-01-26"]),
    ("Từ ngày 01 - 08/3/2024", BU_DANG_AO_DAI_WEEK_2024, ONCE, ["2024-03-08"]),
    ("Vào tháng 9/2023", DAKRONG_BLOOD_DRIVES_2023, ONCE, ["2023-09-30"]),
]

# --- Military service, identity cards, a council's oversight, a reply to firms, a merger of
# communes (quốc phòng, công an, HĐND, UBND).

# Hội đồng nghĩa vụ quân sự các xã, phường, thị trấn tỉnh Hưng Yên, khám sơ tuyển sức khỏe
# nghĩa vụ quân sự năm 2018, at baohungyen.vn/an-ninh-quoc-phong/201710/hung-yen-kham-so-tuyen-
# suc-khoe-nghia-vu-quan-su-nam-2018-763923/
HUNG_YEN_CONSCRIPTION_2018 = Period(date(2017, 10, 1), date(2018, 3, 31))
# Công an tỉnh Hà Giang, đợt cao điểm cấp căn cước công dân (its page of April 2021), at
# baohagiang.vn/xa-hoi/202104/xuyen-dem-thuc-hien-nhiem-vu-cap-can-cuoc-cho-ba-con-774453/
HA_GIANG_IDENTITY_CARDS_2021 = Period(date(2021, 4, 1), date(2021, 12, 31))
# Công an thành phố Huế (Thừa Thiên Huế), thu nhận hồ sơ cấp căn cước công dân (its page of
# 10/4/2021), at giadinh.net.vn/xa-hoi/nguoi-dan-mang-do-an-nuoc-uong-cho-cong-an-thuc-dem-lam-
# can-cuoc-cong-dan-gan-chip-20210410110803146.htm
HUE_IDENTITY_CARDS_2021 = Period(date(2021, 4, 10), date(2021, 12, 31))
# Đoàn giám sát của HĐND thành phố Bắc Kạn, giám sát chuyên đề 6 tháng cuối năm 2017, at
# backancity.gov.vn/doan-giam-sat-cua-hdnd-thanh-pho-tien-hanh-dot-giam-sat-chuyen-de-6-thang-
# cuoi-nam-2017/
BAC_KAN_CITY_OVERSIGHT_2017 = Period(date(2017, 7, 1), date(2017, 12, 31))
# UBND thành phố Hà Nội, hướng dẫn lấy ý kiến nhân dân về sắp xếp đơn vị hành chính cấp xã
# (April 2025), at laodongthudo.vn/ha-noi-lay-y-kien-nhan-dan-ve-sap-xep-don-vi-hanh-chinh-cap-
# xa-188493.html (its picture's caption first; the stored page stops after its second phrase)
HA_NOI_COMMUNE_MERGER_2025 = Period(date(2025, 4, 1), date(2025, 12, 31))
# UBND tỉnh Quảng Trị, trả lời doanh nghiệp (Công văn số 6202/UBND-KT ngày 23/11/2023), at
# www.quangtri.gov.vn, "Đối thoại doanh nghiệp", questionid=1701398290308
QUANG_TRI_REPLY_2023 = Period(date(2023, 11, 23), date(2023, 12, 31))

PUBLIC_SERVICE: list[Case] = [
    ("Trước ngày 15.11.2017", HUNG_YEN_CONSCRIPTION_2018, ONCE, ["2017-11-14"]),
    ("Từ nay đến 1.7", HA_GIANG_IDENTITY_CARDS_2021, ONCE, ["2021-07-01"]),
    ("Trước ngày 31/5/2021", HUE_IDENTITY_CARDS_2021, ONCE, ["2021-05-30"]),
    ("Đến ngày 22/8/2017", BAC_KAN_CITY_OVERSIGHT_2017, ONCE, ["2017-08-22"]),
    ("Hoàn thành trước ngày 10/12/2023", QUANG_TRI_REPLY_2023, ONCE, ["2023-12-09"]),
    ("Trước ngày 21/4", HA_NOI_COMMUNE_MERGER_2025, ONCE, ["2025-04-20"]),
    ("Chậm nhất ngày 19/4/2025", HA_NOI_COMMUNE_MERGER_2025, ONCE, ["2025-04-19"]),
]

# --- Arts contests, festivals and a fair (văn hóa, văn nghệ, thương mại).

# Ban Tổ chức Hội thi Văn nghệ tỉnh Kiên Giang năm 2022 (Sở Văn hóa và Thể thao), dời thời gian
# tổ chức (its notice of 13/7/2022), at svhtt.kiengiang.gov.vn/trang/TinTuc/203/3660/Doi-thoi-
# gian-to-chuc-Hoi-thi-Van-nghe-tinh-Kien-Giang-nam-2022.html
KIEN_GIANG_ARTS_CONTEST_2022 = Period(date(2022, 7, 13), date(2022, 12, 31))
# Sở Văn hóa và Thể thao tỉnh Quảng Ninh, Liên hoan văn nghệ các nhà văn hóa thôn - khu phố văn
# hóa tiêu biểu năm 2021 (its page of 10/11/2021), at baoquangninh.vn/khai-mac-lien-hoan-van-
# nghe-cac-nha-van-hoa-thon-khu-pho-van-hoa-tieu-bieu-3161694.html (its title first)
QUANG_NINH_ARTS_FESTIVAL_2021 = Period(date(2021, 11, 10), date(2021, 12, 31))
# Sở Văn hóa, Thể thao và Du lịch tỉnh Kon Tum, Hội diễn nghệ thuật quần chúng lần thứ VIII năm
# 2018 (as Công an tỉnh restated it), at 24h.tintuc.vn/tin-tuc/thong-bao-xem-hoi-dien-nghe-
# thuat-quan-chung-tinh-kon-tum-lan-thu-viii2018-6008.html; 21/6/2018 was a Thursday, 22/6 a
# Friday.
KON_TUM_ARTS_SHOW_2018 = Period(date(2018, 1, 1), date(2018, 12, 31))

# UBND huyện Bắc Trà My (Quảng Nam), Hội chợ trưng bày sản phẩm quế Trà My (Lễ hội Văn hóa các
# dân tộc năm 2022; its page of 22/8/2022), at baoquangnam.vn/thuong-mai-dich-vu/43-gian-hang-
# tham-gia-hoi-cho-trung-bay-san-pham-dac-trung-bac-tra-my-131153.html
BAC_TRA_MY_FAIR_2022 = Period(date(2022, 8, 22), date(2022, 12, 31))
# UBND xã Hưng Đạo (Hà Nội), Lễ hội truyền thống Đình So năm 2026, đăng ký gian hàng, at
# hungdao.hanoi.gov.vn/tin-tuc-su-kien/thong-bao-dang-ky-gian-hang-tham-gia-le-hoi-truyen-
# thong-dinh-so-nam-2026-2772260317140337146.htm
HUNG_DAO_FESTIVAL_2026 = Period(date(2026, 3, 1), date(2026, 12, 31))

ARTS: list[Case] = [
    ("Từ ngày 19/8 đến ngày 21/8/2022", KIEN_GIANG_ARTS_CONTEST_2022, ONCE, ["2022-08-21"]),
    (
        "Từ ngày 22/8 đến 24/8/2022 (diễn ra trong 3 ngày, không kể thời gian đi và về)",
        KIEN_GIANG_ARTS_CONTEST_2022,
        ONCE,
        ["2022-08-24"],
    ),
    ("Tối 11/11", QUANG_NINH_ARTS_FESTIVAL_2021, ONCE, ["2021-11-11"]),
    ("Tối ngày 11/11", QUANG_NINH_ARTS_FESTIVAL_2021, ONCE, ["2021-11-11"]),
    ("Trong 2 ngày, 11 và 12/11", QUANG_NINH_ARTS_FESTIVAL_2021, ONCE, ["2021-11-12"]),
    (
        "Khai mạc vào lúc 7h30’ ngày 21/6/2018 (thứ Năm)",
        KON_TUM_ARTS_SHOW_2018,
        ONCE,
        ["2018-06-21"],
    ),
    ("Bế mạc lúc 19h30’ ngày 22/6/2018 (thứ Sáu)", KON_TUM_ARTS_SHOW_2018, ONCE, ["2018-06-22"]),
    ("Đến ngày 24.8", BAC_TRA_MY_FAIR_2022, ONCE, ["2022-08-24"]),
    ("Từ ngày 26 đến ngày 28/3/2026", HUNG_DAO_FESTIVAL_2026, ONCE, ["2026-03-28"]),
]

THIRTEENTH_SET_SECOND = FARMING + MASS_ORGANISATIONS + CAMPAIGNS + PUBLIC_SERVICE + ARTS

# Phrases of these plans that another deadline test module already writes: not held out,
# kept (with their readings) for how often the common forms turn up.
SEEN_ELSEWHERE: list[Case] = [
    # Giang Thành's Front congresses; tests/models/test_deadline_eleventh_set_second.py writes
    # it for another plan.
    ("Trong tháng 3/2019", GIANG_THANH_FRONT_CONGRESSES_2019, ONCE, ["2019-03-31"]),
]

# The share read right when the set was measured (see the module docstring).
MEASURED_SHARE = 53 / 54


def test_the_second_part_is_big_distinct_and_held_out() -> None:
    assert_big_distinct_and_held_out(THIRTEENTH_SET_SECOND, __file__, at_least=54)


def test_no_second_part_phrase_reads_wrong() -> None:
    assert_none_wrong(THIRTEENTH_SET_SECOND + SEEN_ELSEWHERE)


def test_the_second_part_reads_at_least_as_right_as_measured() -> None:
    assert_reads_right_at_least(THIRTEENTH_SET_SECOND, MEASURED_SHARE)
