"""An eighth held-out set: deadlines and timetables of local plans, as their pages write them.

Every phrase here was copied from a plan (kế hoạch), decision or notice (thông báo) of a
commune, ward, district, city or province, of a provincial department, council committee or
steering committee, of a district health centre, of a mass organisation (Tỉnh đoàn, Thành
đoàn, Hội Cựu chiến binh, Hội Nông dân, Hội Khuyến học) or of a provincial Buddhist sangha, or
from the page of a portal or paper that sets out such a plan's dates, none of them cited by the
seven earlier held-out sets or the other deadline test modules (nor taken from the
repositories they used). They were found in the stored public pages (each cited below by its
address) and cover topics the earlier sets did not: children's and gender-equality months,
legal education and online law contests (tư pháp), a council committee's survey of heritage
sites (di tích), lifelong-learning weeks and learning-promotion congresses (khuyến học), rat
campaigns and livestock disinfection months (khuyến nông, thú y), winter irrigation and water
release schedules (thủy lợi), a tree-planting month, veterans' congresses, youth volunteer
summers, tourism weeks and festivals (du lịch), an ethnic brocade festival (dân tộc), a
Buddhist festival (tôn giáo), hamlet-head and council elections, citizens' reception days
(tiếp công dân), street clean-ups and vaccination rounds. The wording of the time
expression is kept as written ("Từ ngày 10/2- 28/2", "Từ ngày 16-6 đến 9-7-2019", "Từ ngày
25.5 đến ngày 10.6", "Từ 0 giờ 00’ ngày 16/1 đến 24 giờ 00’ ngày 20/1/2026", "Vào trung tuần
tháng 9/2017", "7h00 ngày 02/8/2025 (Thứ 7)"); only what would stand in a plan's deadline or
timetable cell was taken ("phấn đấu làm thủy lợi nội đồng xong trước ngày 31/12/2016" gives
"Xong trước ngày 31/12/2016", "sẽ diễn ra từ ngày 24 - 27/9/2015" gives "Từ ngày 24 -
27/9/2015"), with a capital first letter, and a double space inside one phrase was written
single. Each phrase is read against the period of its
plan, as the plan or page states it (its year, where the phrase names none).

The readings were written down, as a careful clerk would take each phrase and under the
conventions of tests/models/test_deadline.py and the other held-out sets ("Trước ngày X" is
the day before X; a month is its last day, its end ("cuối tháng") too; a quarter is its last
day; a span is due at its end, "Từ tháng 8 – 12/2019" at the end of December; two months
joined by "và" without "Từ" are a milestone each, as the fifth set reads "Trong tháng 9 và
tháng 10/2022"; "thượng/trung/hạ tuần" is the 10th, the 20th, the month's end; a time, a part of
the day or a weekday that agrees beside a date is that date; a lunar date with its solar date
in brackets is the solar date; a weekly or monthly form gives every such day inside the plan
period), before the engine was run on any of them.

The engine was run on the set once, on 2026-12-01 at 15:20 UTC (as this machine's clock
reads), on the working tree at commit ea0b971 (the engine's fifth round), where models/deadline/
had no uncommitted changes, and was not changed for it. 56 of the 64 phrases (from 39 pages, 39
plans and notices) read right (87.5%), 8 came back ``unknown`` and none read wrong; no
expectation was changed after measuring. That is below issue 14's 95%, so the test asserts the
measured share, 56 of 64. The phrases still unread, by family:

- a span's first end glued to "đến" with no space: "Từ ngày 01/05/2021đến hết ngày 31/5/2021";
- hours with minutes and a typographic apostrophe at both ends of a span: "Từ 0 giờ 00’ ngày
  16/1 đến 24 giờ 00’ ngày 20/1/2026", "Từ 0 giờ 00’ ngày 29/1 đến 24 giờ 00’ ngày 4/2/2026";
- a lunar date in brackets after a span's first end: "Từ ngày 21/02/2018 (Tức ngày mùng 06
  tháng Giêng năm Mậu Tuất) đến ngày 21/3/2018";
- a lunar span with its solar span in brackets: "Từ ngày mùng 8 đến 15 tháng 4 Bính Thân (14
  đến 21-5-2016)";
- half of a month: "Vào nửa sau tháng 8";
- "Đúng" ("sharp") before an hour and date: "Đúng 20h ngày 09/11/2024";
- a span led by "Trong các ngày từ": "Trong các ngày từ 21/02 đến 24/02/2023".

The stored pages answer with a page's opening only, so a plan's appendix table is seldom
reached; the phrases were taken from portal and newspaper pages short enough to show their
dates, and from notices. Ongoing forms ("Thường xuyên") did not turn up in them.

Left out as readable two ways, not a deadline, or written wrong on the page: "Từ cuối tháng 3
đầu tháng 4", "Từ cuối tháng 6 đến đầu tháng 7", "Cuối tháng 9 đầu tháng 10" and "Cuối tháng
11 đầu tháng 12" (vaithieuthanhha.net.vn/tin-tuc-su-kien/ra-quan-diet-chuot-dong-loat-dot-1-
nam-2016.html: windows across two months, due at either month's end), "Từ ngày 30/02-30/03/
2020" (huongxuan.thuathienhue.gov.vn/?cn=323&gd=7&tc=4049: a day that does not exist),
"Vào lúc 5h ngày 6/2/2019 (tức ngày mùng 6 Tết Kỷ Hợi)" (a Chùa Hương opening whose solar
date, 6/2/2019, is the second day of Tết, not the sixth), "Ngày 17->18 /092015" (backancity.
gov.vn/hoi-nong-dan-thanh-pho-hop-ban-to-chuc-...-nam-2015/: a date written wrong), "Trong
tháng8này" (m.baohaiduong.vn/khuyen-hoc/...-143307, a typing slip; its headline's "Xong trong
tháng 8" is kept), "Vào ngày ngày 10/12" (the Hòa Bình tourism week's page, a doubled word),
"Ngày 19 và 20-4 hàng năm" (baokhanhhoa.vn/van-hoa/201611/ngay-van-hoa-cac-dan-toc-viet-nam-
tren-dia-ban-tinh-2460117/: one two-day festival a year or two dates), "Vào các ngày 5 và 6
hàng tháng" (sub.dost-dongnai.gov.vn/taman/Pages/noi-dung-tin.aspx?NewsID=1354, likewise each
month), "Vào ngày 1525 hàng tháng" (the Na Rì notice's reception days, run together), "Vào
ngày 30 hàng tháng" (langson.gov.vn/thong-tin-tong-hop/lich-tiep-dan: no 30th in February, and
a page that names no year), "Trong 3 tháng 6,7,8/2020" (tinhdoan.tayninh.gov.vn/chien-dich-
thanh-nien-tinh-nguyen-he-nam-2020/: one summer span or three monthly milestones), "Từ ngày
27-30/12/2018" and "Từ ngày 05 đến ngày 07/01/2019" (the Đắk Nông festival's superseded dates),
"Từ 20 giờ, ngày 09/11/2024" (a start with no end) and the water-release schedules of the
Ministry of Agriculture restated by national papers (evn.com.vn, kinhtedothi.vn: national, not
local).
"""

from __future__ import annotations

from datetime import date

from models.deadline import Period
from tests.models.deadline_cases import (
    MILESTONES,
    ONCE,
    RECURRING,
    Case,
)
from tests.models.heldout import (
    assert_big_distinct_and_held_out,
    assert_none_wrong,
    assert_reads_right_at_least,
)

# --- Children, gender equality, legal education and law contests (trẻ em, bình đẳng giới,
# tư pháp).

# Kế hoạch của UBND tỉnh An Giang triển khai Tháng hành động vì trẻ em năm 2021: the month
# itself, and the launch week before it, at baoangiang.com.vn/an-giang-trien-khai-thuc-hien-
# thang-hanh-dong-vi-tre-em-nam-2021-a302595.html
AN_GIANG_CHILDREN_2021 = Period(date(2021, 5, 1), date(2021, 12, 31))
# Kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật các tháng cuối năm 2025 của UBND xã Tứ
# Kỳ (Hải Phòng), at tuky.haiphong.gov.vn/an-ninh-quoc-phong-88557/trien-khai-tuyen-truyen-pho-
# bien-giao-duc-phap-luat-cac-thang-cuoi-nam-2025-806031
TU_KY_LEGAL_EDUCATION_2025 = Period(date(2025, 10, 1), date(2025, 12, 31))
# Tháng hành động vì bình đẳng giới năm 2019 của UBND tỉnh Bạc Liêu, at www.baobaclieu.vn/tin-
# tuc/phat-dong-thang-hanh-dong-vi-binh-dang-gioi-va-phong-chong-bao-luc-tren-co-so-gioi-2019-
# 62026.html
BAC_LIEU_GENDER_2019 = Period(date(2019, 11, 1), date(2019, 12, 31))
# Cuộc thi tìm hiểu pháp luật trực tuyến cho học sinh THPT của Sở Tư pháp tỉnh Gia Lai (2025),
# at baogialai.com.vn/gia-lai-to-chuc-thi-tim-hieu-phap-luat-truc-tuyen-cho-hoc-sinh-trung-hoc-
# pho-thong-post570394.html
GIA_LAI_LAW_CONTEST_2025 = Period(date(2025, 11, 1), date(2025, 12, 31))
# Cuộc thi "Tìm hiểu pháp luật năm 2021" của tỉnh Sóc Trăng, in five rounds, at
# pbgdpl.moj.gov.vn:443/qt/tintuc/pages/hoat-dong-pgbdpldp.aspx?ItemID=2518
SOC_TRANG_LAW_CONTEST_2021 = Period(date(2021, 4, 15), date(2021, 12, 31))

CHILDREN_AND_LAW: list[Case] = [
    ("Từ ngày 1-6 đến 30-6", AN_GIANG_CHILDREN_2021, ONCE, ["2021-06-30"]),
    ("Từ ngày 25-5 đến 1-6", AN_GIANG_CHILDREN_2021, ONCE, ["2021-06-01"]),
    ("Trong quý IV năm 2025", TU_KY_LEGAL_EDUCATION_2025, ONCE, ["2025-12-31"]),
    ("Từ ngày 15/11 - 15/12", BAC_LIEU_GENDER_2019, ONCE, ["2019-12-15"]),
    (
        "Từ 0 giờ ngày 9-11-2025 đến 24 giờ ngày 18-11-2025",
        GIA_LAI_LAW_CONTEST_2025,
        ONCE,
        ["2025-11-18"],
    ),
    # Sóc Trăng: five rounds, the first written without a space before "đến".
    (
        "Từ ngày 01/05/2021đến hết ngày 31/5/2021",
        SOC_TRANG_LAW_CONTEST_2021,
        ONCE,
        ["2021-05-31"],
    ),
    (
        "Từ ngày 01/6/2021 đến hết ngày 30/6/2021",
        SOC_TRANG_LAW_CONTEST_2021,
        ONCE,
        ["2021-06-30"],
    ),
    (
        "Từ ngày 01/7/2021 đến hết ngày 31/7/2021",
        SOC_TRANG_LAW_CONTEST_2021,
        ONCE,
        ["2021-07-31"],
    ),
    (
        "Từ ngày 01/8/2021 đến hết ngày 31/8/2021",
        SOC_TRANG_LAW_CONTEST_2021,
        ONCE,
        ["2021-08-31"],
    ),
    (
        "Từ ngày 01/9/2021 đến hết ngày 18/10/2021",
        SOC_TRANG_LAW_CONTEST_2021,
        ONCE,
        ["2021-10-18"],
    ),
]

# --- Heritage, learning promotion, libraries of the mind (di tích, khuyến học).

# Kế hoạch khảo sát công tác bảo quản, tu bổ di tích của Ban Văn hóa - Xã hội HĐND thành phố
# (5/2019), at www.daibieunhandan.vn/ONA_BDT/NewsPrint.aspx?newsId=419865
COUNCIL_HERITAGE_SURVEY_2019 = Period(date(2019, 5, 10), date(2019, 12, 31))
# Kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2018 của UBND tỉnh Phú Yên, at
# ptpphuyen.vn/giao-duc/201809/tuan-le-huong-ung-hoc-tap-suot-doi-nam-2018-5601563/
PHU_YEN_LIFELONG_LEARNING_2018 = Period(date(2018, 9, 27), date(2018, 12, 31))
# Đại hội Hội Khuyến học các cấp tỉnh Hải Dương (2020): the communes in August, the districts
# in September and October, the province in December, at m.baohaiduong.vn/khuyen-hoc/dai-hoi-
# hoi-khuyen-hoc-cap-xa-se-xong-trong-thang-8-143307
HAI_DUONG_LEARNING_CONGRESSES_2020 = Period(date(2020, 8, 5), date(2020, 12, 31))

HERITAGE_AND_LEARNING: list[Case] = [
    ("Từ ngày 25.5 đến ngày 10.6", COUNCIL_HERITAGE_SURVEY_2019, ONCE, ["2019-06-10"]),
    (
        "Từ ngày 01/10 đến ngày 07/10/2018",
        PHU_YEN_LIFELONG_LEARNING_2018,
        ONCE,
        ["2018-10-07"],
    ),
    ("Xong trong tháng 8", HAI_DUONG_LEARNING_CONGRESSES_2020, ONCE, ["2020-08-31"]),
    (
        "Trong tháng 9 và tháng 10.2020",
        HAI_DUONG_LEARNING_CONGRESSES_2020,
        MILESTONES,
        ["2020-09-30", "2020-10-31"],
    ),
    ("Vào tháng 12.2020", HAI_DUONG_LEARNING_CONGRESSES_2020, ONCE, ["2020-12-31"]),
]

# --- Farming: rats, disinfection, irrigation, water, trees (khuyến nông, thủy lợi, lâm
# nghiệp).

# Kế hoạch số 1445/KH-UBND của UBND huyện Tiên Du (Bắc Ninh) tổ chức diệt chuột năm 2018, in
# three rounds, at tiendu.bacninh.gov.vn/news/-/details/22328/tien-du-trien-khai-ke-hoach-to-
# chuc-diet-chuot-bao-ve-san-xuat-nam-2018
TIEN_DU_RATS_2018 = Period(date(2018, 1, 1), date(2018, 12, 31))
# Kế hoạch phát động chiến dịch diệt chuột năm 2014 của UBND huyện Yên Dũng (Bắc Giang), at
# yendung.bacgiang.gov.vn/node/6046
YEN_DUNG_RATS_2014 = Period(date(2014, 1, 1), date(2014, 12, 31))
# Six rounds of rat-killing of huyện Thanh Hà (Hải Dương) in 2016, at vaithieuthanhha.net.vn/
# tin-tuc-su-kien/ra-quan-diet-chuot-dong-loat-dot-1-nam-2016.html
THANH_HA_RATS_2016 = Period(date(2016, 1, 1), date(2016, 12, 31))
# Kế hoạch "Tuần lễ diệt chuột" và "Tháng làm thủy lợi nội đồng" vụ đông xuân 2025-2026 của
# UBND xã Kiến Hải (Hải Phòng), at danviet.vn/nong-dan-mot-xa-o-hai-phong-ra-quan-diet-con-vat-
# quai-ac-chuyen-pha-hoai-dong-ruong-de-buoc-vao-vu-dong-xuan-d1381926.html
KIEN_HAI_RATS_2025 = Period(date(2025, 11, 1), date(2026, 5, 31))
# Kế hoạch triển khai Tháng vệ sinh, tiêu độc khử trùng môi trường đợt 2 năm 2019 của UBND
# tỉnh Ninh Thuận, at baoninhthuan.com.vn/news/106849p1c30/trien-khai-thang-ve-sinh-tieu-doc-
# khu-trung-moi-truong-dot-2.htm
NINH_THUAN_DISINFECTION_2019 = Period(date(2019, 6, 7), date(2019, 12, 31))
# Văn bản số 385/UBND-NL của UBND tỉnh Cao Bằng, "Tháng vệ sinh, tiêu độc khử trùng khẩn cấp"
# (2014), at www.caobang.gov.vn/content/th%E1%BB%B1c-hi%E1%BB%87n-th%C3%A1ng-v%E1%BB%87-sinh-
# ti%C3%AAu-%C4%91%E1%BB%99c-kh%E1%BB%AD-tr%C3%B9ng-kh%E1%BA%A9n-c%E1%BA%A5p-... (cúm gia cầm)
CAO_BANG_DISINFECTION_2014 = Period(date(2014, 2, 24), date(2014, 12, 31))
# Kế hoạch làm thủy lợi vụ đông xuân 2016 của huyện Thanh Hà (Hải Dương), at
# vaithieuthanhha.net.vn/tin-tuc-su-kien/ra-quan-lam-thuy-loi-vu-dong-xuan-2016.html
THANH_HA_IRRIGATION_2016 = Period(date(2016, 11, 10), date(2016, 12, 31))
# Kế hoạch thủy lợi đông xuân 2015-2016 of a Hải Dương district (Ninh Giang, xã Hoàng Hanh),
# at baohaiduong.vn/print/294809.html
NINH_GIANG_IRRIGATION_2015 = Period(date(2015, 11, 3), date(2016, 3, 31))
# Thông báo lịch lấy nước vụ Đông Xuân 2025-2026 của UBND phường Việt Hòa (Hải Phòng), at
# viethoa.haiphong.gov.vn/thong-bao/thong-bao-lich-lay-nuoc-phuc-vu-gieo-cay-lua-vu-dong-xuan-
# 2025-2026-cua-bo-nong-nghiep-va-moi-tr-833588
VIET_HOA_WATER_2026 = Period(date(2025, 11, 1), date(2026, 5, 31))
# Tết trồng cây xuân Mậu Tuất 2018 của huyện Thanh Sơn (Phú Thọ), at snnphutho.vn/Home/
# Chuyen-nganh/2018/1145/Thanh-Son-trong-duoc-805ha-rung-tap-trung-va-hon-40000-cay.aspx
THANH_SON_TREES_2018 = Period(date(2018, 1, 1), date(2018, 12, 31))

FARMING: list[Case] = [
    ("Từ ngày 15 đến ngày 25/1", TIEN_DU_RATS_2018, ONCE, ["2018-01-25"]),
    ("Từ ngày 10 đến ngày 20/3", TIEN_DU_RATS_2018, ONCE, ["2018-03-20"]),
    ("Từ ngày 20 đến ngày 30/6", TIEN_DU_RATS_2018, ONCE, ["2018-06-30"]),
    ("Từ ngày 10/2- 28/2", YEN_DUNG_RATS_2014, ONCE, ["2014-02-28"]),
    ("Từ ngày 15-30/01/2016", THANH_HA_RATS_2016, ONCE, ["2016-01-30"]),
    ("Từ ngày 22/11 đến ngày 30/12/2025", KIEN_HAI_RATS_2025, ONCE, ["2025-12-30"]),
    ("Từ ngày 16-6 đến 9-7-2019", NINH_THUAN_DISINFECTION_2019, ONCE, ["2019-07-09"]),
    ("Từ ngày 22/2 - 21/3/2014", CAO_BANG_DISINFECTION_2014, ONCE, ["2014-03-21"]),
    ("Xong trước ngày 31/12/2016", THANH_HA_IRRIGATION_2016, ONCE, ["2016-12-30"]),
    # Ninh Giang: the turn-out day, the earthworks' acceptance, the accounts.
    ("Vào ngày 10-11", NINH_GIANG_IRRIGATION_2015, ONCE, ["2015-11-10"]),
    ("Trước ngày 15-12", NINH_GIANG_IRRIGATION_2015, ONCE, ["2015-12-14"]),
    ("Trước ngày 31-12", NINH_GIANG_IRRIGATION_2015, ONCE, ["2015-12-30"]),
    (
        "Từ 0 giờ 00’ ngày 16/1 đến 24 giờ 00’ ngày 20/1/2026",
        VIET_HOA_WATER_2026,
        ONCE,
        ["2026-01-20"],
    ),
    (
        "Từ 0 giờ 00’ ngày 29/1 đến 24 giờ 00’ ngày 4/2/2026",
        VIET_HOA_WATER_2026,
        ONCE,
        ["2026-02-04"],
    ),
    # Thanh Sơn: 21/02/2018 was the sixth day of the first lunar month of Mậu Tuất.
    (
        "Từ ngày 21/02/2018 (Tức ngày mùng 06 tháng Giêng năm Mậu Tuất) đến ngày 21/3/2018",
        THANH_SON_TREES_2018,
        ONCE,
        ["2018-03-21"],
    ),
]

# --- Mass organisations: veterans, farmers, youth (đoàn thể).

# Hội Cựu chiến binh tỉnh Khánh Hòa's congresses of 2017-2022, at cuuchienbinh.vn/chuan-bi-
# tot-cho-dai-hoi-hoi-cuu-chien-binh-tinh/
KHANH_HOA_VETERANS_2017 = Period(date(2017, 3, 1), date(2017, 12, 31))
# Hội Cựu chiến binh tỉnh Vĩnh Long's provincial congress of 2017, at baovinhlong.com.vn/
# chinh-tri/201707/hoan-thanh-dai-hoi-cuu-chien-binh-cap-tren-co-so-2827161
VINH_LONG_VETERANS_2017 = Period(date(2017, 7, 1), date(2017, 12, 31))
# Hội Cựu chiến binh TP Hội An's review of "Cựu chiến binh gương mẫu" 2014-2019, at
# hoianrt.vn/tin-tuc/an-ninh-quoc-phong/hoi-cuu-chien-binh-toan-thanh-pho-tong-ket-phong-trao-
# thi-dua-cuu-chien-binh-guong-mau-giai-doan-2014-2019.html
HOI_AN_VETERANS_2019 = Period(date(2019, 5, 1), date(2019, 12, 31))
# Hội Nông dân TP Hội An's "Nhà nông đua tài" of 2016, at hoianrt.vn/tin-tuc/van-hoa-xa-hoi/
# to-chuc-hoi-thi-nha-nong-dua-tai-cac-cap.html
HOI_AN_FARMERS_CONTEST_2016 = Period(date(2016, 6, 1), date(2016, 12, 31))
# Tỉnh đoàn Yên Bái's volunteer summer of 2019, at www.tienphong.vn/gioi-tre/tuoi-tre-yen-
# bai-chung-tay-phat-trien-danh-thang-ruong-bac-thang-1414931.tpo
YEN_BAI_YOUTH_2019 = Period(date(2019, 5, 1), date(2019, 8, 31))
# Thành đoàn TP Hồ Chí Minh's volunteer summer of 2020, at hanoimoi.vn/ra-quan-cac-chuong-
# trinh-chien-dich-tinh-nguyen-he-nam-2020-509791.html
HCM_YOUTH_2020 = Period(date(2020, 6, 1), date(2020, 8, 31))
# Tỉnh đoàn Thái Nguyên's volunteer summer of 2020, its launch, at thainguyentv.vn/thanh-nien-
# thai-nguyen-xung-kich-sang-tao-tinh-nguyen-vi-cong-dong-79550.html
THAI_NGUYEN_YOUTH_2020 = Period(date(2020, 5, 1), date(2020, 8, 31))

ORGANISATIONS: list[Case] = [
    # Khánh Hòa: the districts in the second quarter, the model city in June, the province
    # in September.
    ("Trong quý II", KHANH_HOA_VETERANS_2017, ONCE, ["2017-06-30"]),
    ("Vào tháng 6", KHANH_HOA_VETERANS_2017, ONCE, ["2017-06-30"]),
    ("Trong tháng 9", KHANH_HOA_VETERANS_2017, ONCE, ["2017-09-30"]),
    ("Vào trung tuần tháng 9/2017", VINH_LONG_VETERANS_2017, ONCE, ["2017-09-20"]),
    ("Đến cuối tháng 6", HOI_AN_VETERANS_2019, ONCE, ["2019-06-30"]),
    ("Vào nửa sau tháng 8", HOI_AN_FARMERS_CONTEST_2016, ONCE, ["2016-08-31"]),
    ("Từ tháng 6 đến hết tháng 8/2019", YEN_BAI_YOUTH_2019, ONCE, ["2019-08-31"]),
    ("Từ ngày 12-7 đến 16-8-2020", HCM_YOUTH_2020, ONCE, ["2020-08-16"]),
    ("Vào ngày 28/6/2020", THAI_NGUYEN_YOUTH_2020, ONCE, ["2020-06-28"]),
]

# --- Tourism, festivals, religion, ethnic culture (du lịch, tôn giáo, dân tộc).

# Kế hoạch số 175/KH-BTC ngày 28/10/2019 điều chỉnh Kế hoạch Tuần Văn hóa, Du lịch Hòa Bình
# năm 2019, at baomoi.zadn.vn/dieu-chinh-ke-hoach-tuan-van-hoa-du-lich-hoa-binh-nam-2019-
# c32790134.epi
HOA_BINH_TOURISM_WEEK_2019 = Period(date(2019, 5, 6), date(2019, 12, 31))
# Kế hoạch số 309/KH-BTC ngày 10/9/2024 của huyện Đồng Văn (Hà Giang), Lễ hội hoa tam giác
# mạch lần thứ X, at thuonghieuvaphapluat.vn/sap-dien-ra-chuong-trinh-khai-mac-le-hoi-hoa-tam-
# giac-mach-lan-thu-x-nam-2024-tai-dong-van-ha-giang-d69705.html
DONG_VAN_FESTIVAL_2024 = Period(date(2024, 9, 10), date(2024, 12, 31))
# Kế hoạch Tuần văn hóa du lịch ruộng bậc thang huyện Hoàng Su Phì (Hà Giang) năm 2015, at
# hoangsuphi.hagiang.gov.vn/chi-tiet-tin-tuc/-/news/44725/...-huyen-hoang-su-phi.html
HOANG_SU_PHI_TERRACES_2015 = Period(date(2015, 9, 8), date(2015, 12, 31))
# UBND tỉnh Đắk Nông moves the Lễ hội văn hóa thổ cẩm Việt Nam lần thứ I (Quyết định số
# 1288/QĐ-UBND ngày 23/8/2018) a second time, at vpubnd.daknong.gov.vn/tin-noi-bat/-/
# view_content/47654130-dieu-chinh-thoi-gian-to-chuc-le-hoi-van-hoa-tho-cam-viet-nam-lan-thu-
# i-lan-2-.html
DAK_NONG_BROCADE_FESTIVAL_2019 = Period(date(2018, 8, 23), date(2019, 1, 31))
# Ban Trị sự GHPGVN tỉnh Khánh Hòa's programme for Đại lễ Phật đản PL.2560 (2016), at
# phatgiaodienbien.vn/tin-tuc-su-kien/phat-giao-khanh-hoa-hop-trien-khai-chuong-trinh-dai-le-
# phat-dan-pl-2560/
KHANH_HOA_VESAK_2016 = Period(date(2016, 4, 1), date(2016, 6, 30))

FESTIVALS: list[Case] = [
    # Hòa Bình: the week, its opening night, the photo show, the food and crafts fairs, the
    # heritage show, the beauty contest and its rounds.
    ("Từ ngày 6 - 10/12", HOA_BINH_TOURISM_WEEK_2019, ONCE, ["2019-12-10"]),
    ("20 giờ, ngày 6/12/2019", HOA_BINH_TOURISM_WEEK_2019, ONCE, ["2019-12-06"]),
    ("Ngày 7/12", HOA_BINH_TOURISM_WEEK_2019, ONCE, ["2019-12-07"]),
    ("Từ ngày 7- 9/12", HOA_BINH_TOURISM_WEEK_2019, ONCE, ["2019-12-09"]),
    ("Từ 7 - 9/12", HOA_BINH_TOURISM_WEEK_2019, ONCE, ["2019-12-09"]),
    ("Từ ngày 8- 9/12", HOA_BINH_TOURISM_WEEK_2019, ONCE, ["2019-12-09"]),
    ("Từ tháng 8 – 12/2019", HOA_BINH_TOURISM_WEEK_2019, ONCE, ["2019-12-31"]),
    ("Từ ngày 3/9 - 20/10", HOA_BINH_TOURISM_WEEK_2019, ONCE, ["2019-10-20"]),
    ("Trong tháng 11", HOA_BINH_TOURISM_WEEK_2019, ONCE, ["2019-11-30"]),
    ("Vào 20h00 ngày 9/12", HOA_BINH_TOURISM_WEEK_2019, ONCE, ["2019-12-09"]),
    ("Đúng 20h ngày 09/11/2024", DONG_VAN_FESTIVAL_2024, ONCE, ["2024-11-09"]),
    ("Từ ngày 08 đến ngày 10/11/2024", DONG_VAN_FESTIVAL_2024, ONCE, ["2024-11-10"]),
    ("Từ ngày 24 - 27/9/2015", HOANG_SU_PHI_TERRACES_2015, ONCE, ["2015-09-27"]),
    ("Từ ngày 14 đến ngày 16/01/2019", DAK_NONG_BROCADE_FESTIVAL_2019, ONCE, ["2019-01-16"]),
    # Khánh Hòa: the 8th to the 15th of the fourth lunar month of Bính Thân, 14 to 21 May.
    (
        "Từ ngày mùng 8 đến 15 tháng 4 Bính Thân (14 đến 21-5-2016)",
        KHANH_HOA_VESAK_2016,
        ONCE,
        ["2016-05-21"],
    ),
]

# --- Elections, clean-ups, citizens' reception days (thanh tra), vaccination rounds.

# Thông báo ngày bầu cử Trưởng ấp nhiệm kỳ VII (2015-2018) của UBND xã Mỹ Thạnh (Giồng Trôm,
# Bến Tre), at mythanhgiongtrom.bentre.gov.vn/noi-dung/973
MY_THANH_HAMLET_HEADS_2015 = Period(date(2015, 11, 4), date(2015, 12, 31))
# Thông báo của Ủy ban bầu cử thị trấn Kiến Xương (Thái Bình), bầu cử 23/5/2021, at
# ttkienxuong.thaibinh.gov.vn/uy-ban-bau-cu-thi-tran-kien-xuong.html
KIEN_XUONG_ELECTION_2021 = Period(date(2021, 1, 29), date(2021, 6, 30))
# Thông báo niêm yết danh sách cử tri của xã Hưng Thịnh (Đồng Nai), bầu cử 2026, at
# hungthinh.dongnai.gov.vn/vi/news/xa-thi-tran/thong-bao-niem-yet-danh-sach-cu-tri-dia-diem-
# bau-cu-quoc-hoi-khoa-xvi-va-hdnd-cac-cap-nhiem-ky-2026-2031-369.html
HUNG_THINH_ELECTION_2026 = Period(date(2026, 1, 1), date(2026, 3, 31))
# Thông báo ra quân tổng vệ sinh môi trường của phường Ba Đình (Hà Nội), 8/2025, at
# badinh.hanoi.gov.vn/van-hoa-xa-hoi/thong-bao-to-chuc-ra-quan-tong-ve-sinh-moi-truong-tren-
# dia-ban-phuong-ba-dinh-2800250801171234708.htm
BA_DINH_CLEAN_UP_2025 = Period(date(2025, 7, 24), date(2025, 8, 31))
# UBND xã Vinh Thanh (Phú Vang, Thừa Thiên Huế) keeps its "Ngày chủ nhật xanh" (5/2022), at
# vinhthanh.thuathienhue.gov.vn/?cn=109&gd=4&tc=12255, read over the rest of the quarter.
VINH_THANH_SUNDAYS_2022 = Period(date(2022, 5, 24), date(2022, 6, 30))
# Trung tâm Y tế huyện Long Phú (Sóc Trăng), tiêm bổ sung vắc xin Uốn ván - Bạch hầu (2023), at
# trungtamytelongphu.com/chuyen-muc/tiem-ngua-vac-xin
LONG_PHU_VACCINATION_2023 = Period(date(2023, 2, 1), date(2023, 3, 31))
# UBND tỉnh Tây Ninh's vaccination of children of 5 to 12 against Covid-19 (2022), at
# media.baotayninh.vn/music/nghe-audio/trien-khai-chien-dich-tiem-vacxin-phong-covid-19-cho-
# tre-tu-du-5-tuoi-den-duoi-12-tuoi-tren-dia-ban-tinh-tay-ninh.1521.html
TAY_NINH_CHILD_VACCINATION_2022 = Period(date(2022, 4, 23), date(2022, 6, 30))
# Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện Na Rì (Bắc Kạn), nhiệm kỳ 2021-2026: the
# citizens register before the 15th and the 25th, at nari.gov.vn/thong-bao-lich-tiep-cong-dan-
# cua-chu-tich-hdnd-huyen-tai-tru-so-tiep-cong-dan-cua-huyen-nhiem-ky-2021-2026/, read over the
# rest of 2021.
NA_RI_CITIZENS_2021 = Period(date(2021, 8, 1), date(2021, 12, 31))
# Thông báo số 364/TB-UBND của UBND tỉnh Hà Tĩnh moves October 2016's reception day off a
# Saturday, at www.baomoi.com/ubnd-tinh-thong-bao-thay-doi-ngay-tiep-cong-dan/c/20553662.epi
HA_TINH_CITIZENS_2016 = Period(date(2016, 10, 1), date(2016, 10, 31))

ELECTIONS_AND_CLEAN_UPS: list[Case] = [
    ("Ngày 27 tháng 12 năm 2015", MY_THANH_HAMLET_HEADS_2015, ONCE, ["2015-12-27"]),
    ("07 giờ ngày 23/5/2021 (chủ nhật)", KIEN_XUONG_ELECTION_2021, ONCE, ["2021-05-23"]),
    (
        "Từ ngày 03/02/2026 đến ngày 15/03/2026",
        HUNG_THINH_ELECTION_2026,
        ONCE,
        ["2026-03-15"],
    ),
    ("Chủ Nhật, ngày 15/03/2026", HUNG_THINH_ELECTION_2026, ONCE, ["2026-03-15"]),
    ("7h00 ngày 02/8/2025 (Thứ 7)", BA_DINH_CLEAN_UP_2025, ONCE, ["2025-08-02"]),
    (
        "Vào ngày Chủ nhật hàng tuần",
        VINH_THANH_SUNDAYS_2022,
        RECURRING,
        ["2022-05-29", "2022-06-05", "2022-06-12", "2022-06-19", "2022-06-26"],
    ),
    (
        "Trong các ngày từ 21/02 đến 24/02/2023",
        LONG_PHU_VACCINATION_2023,
        ONCE,
        ["2023-02-24"],
    ),
    (
        "Trước ngày 15 và 25 hàng tháng",
        NA_RI_CITIZENS_2021,
        RECURRING,
        [f"2021-{month:02d}-{day}" for month in range(8, 13) for day in (14, 24)],
    ),
    ("Thứ 2 ngày 17 tháng 10 năm 2016", HA_TINH_CITIZENS_2016, ONCE, ["2016-10-17"]),
    (
        "Trong tháng 4 và tháng 5 năm 2022",
        TAY_NINH_CHILD_VACCINATION_2022,
        MILESTONES,
        ["2022-04-30", "2022-05-31"],
    ),
]

EIGHTH_SET = (
    CHILDREN_AND_LAW
    + HERITAGE_AND_LEARNING
    + FARMING
    + ORGANISATIONS
    + FESTIVALS
    + ELECTIONS_AND_CLEAN_UPS
)

# The share read right when the set was measured (see the module docstring): 56 of 64,
# below issue 14's 95%.
MEASURED_SHARE = 56 / 64


def test_the_eighth_set_is_big_distinct_and_held_out() -> None:
    assert_big_distinct_and_held_out(EIGHTH_SET, __file__, at_least=60)


def test_no_eighth_set_phrase_reads_wrong() -> None:
    assert_none_wrong(EIGHTH_SET)


def test_the_eighth_set_reads_at_least_as_right_as_measured() -> None:
    assert_reads_right_at_least(EIGHTH_SET, MEASURED_SHARE)
