"""A seventh held-out set: deadlines and timetables of local plans, as their pages write them.

Every phrase here was copied from a plan (kế hoạch) of a commune, ward, district, city or
province, of a provincial department, steering committee (ban chỉ đạo), police or military
council, or of a provincial mass organisation (Hội Nông dân, Hội Liên hiệp Phụ nữ, Mặt trận),
or from the page of a portal or paper that sets out such a plan's dates, none of them cited
by the six earlier held-out sets or the other deadline test modules (nor taken from the
repositories they used). They were found in the stored public pages (each cited below by its
address) and cover disaster-fund levies, a commune's harvest levies, the old people's month,
land-data and electronic-identity campaigns, identity-card drives, grassroots democracy
checks, recruits' medical boards, a city's street-order campaign, festivals, farmers' and
women's association congresses, an HIV month and a security day. The wording of the time
expression is kept as written ("Từ 1- 18/11", "Từ ngày mùng 7 đến hết ngày 10/7/2023",
"Đến hết ngày 30.9", "20 giờ, ngày 10/9/2016", "Trước ngày Sinh nhật Bác (19/5)"); only what
would stand in a plan's deadline or timetable cell was taken ("thu, nộp một lần trước ngày 30
tháng 7 năm 2022" gives "Trước ngày 30 tháng 7 năm 2022", "kết thúc khám tuyển vào ngày 7.12"
gives "Vào ngày 7.12"), with a capital first letter. Each phrase is read against the period
of its plan, as the plan or page states it (its year, where the phrase names none).

The readings were written down, as a careful clerk would take each phrase and under the
conventions of tests/models/test_deadline.py and the other held-out sets ("Trước ngày X" is
the day before X, "Từ nay đến trước ngày X" too; a month is its last day, its end ("cuối
tháng") too; a quarter is its last day; a span is due at its end, a two-day window
("Trong 02 ngày 06-07/02/2021", "Vào 24 - 25/05/2018") included; a time or a part of the day
beside a date is that date), before the engine was run on any of them. Every phrase the
pages gave is a single deadline: the pages yielded no recurring, ongoing or milestone forms.

The engine was run on the set once, on 2026-12-01 at 14:51 UTC (as this machine's clock
reads), on the working tree at commit 77f2462, where models/deadline/ had uncommitted changes by
another helper (folding.py, messages.py, phrases.py, readers.py and spans.py modified), and was
not changed for it. 56 of the 61 phrases (from 43 pages, 42 plans) read right (91.8%), 5
came back ``unknown`` and none read wrong; no expectation was changed after measuring. That is
below issue 14's 95%, so the test asserts the measured share, 56 of 61. The phrases still
unread, by family:

- "from now until before" a date: "Từ nay đến trước ngày 30/5/2018";
- a span whose first day is written with "mùng": "Từ ngày mùng 7 đến hết ngày 10/7/2023";
- a span led by its count of days: "Trong 02 ngày 06-07/02/2021";
- a comma between the two ends of a span: "Từ ngày 2/7, đến ngày 10/8";
- a named day with its date in parentheses: "Trước ngày Sinh nhật Bác (19/5)".

The set is smaller than the 80 phrases one might want and has only single deadlines: the
stored pages answer with a page's opening only, so a plan's appendix table is seldom reached
(the exact-string search of public repositories found copied deadline cells only in code and
sample data), and the phrases were taken from pages short enough to show their dates.

Left out as readable two ways or not a deadline: "Vào trung tuần tháng 9 năm 2018" (Bắc Giang's
provincial farmers' congress, "the middle ten days"), "Từ ngày 1-11 và kết thúc vào ngày 18-11"
(baoninhthuan.com.vn/news/109615p24c32/..., a page that names no year), "Trong 2 ngày 14 và
15-11" (baobinhduong.vn/dai-hoi-dai-bieu-cac-dan-toc-thieu-so-tinh-to-chuc-nhieu-mon-thi-dau-
a210619.html: one two-day congress or two dates), "Trong hai ngày (30/11 và 1/12)" and "Uống vét
vào các ngày 2/12 và 3/12" (laodongthudo.vn/gan-448000-tre-se-duoc-uong-vitamin-a-dot-2-nam-2018-
83599.html, likewise), "Từ ngày 20/10/2023" and "Từ 8 giờ, ngày 10/9/2016" (a start with no
end), "Từ ngày 3 - 31.12" (baohaiduong.vn/huyen-dau-tien-kham-tuyen-nghia-vu-quan-su-nam-2019-
255897.html, whose year could not be established), "(1/3 đến 31/3/2012)" (a Youth Union month
whose plan is the city union's, written in parentheses), "Trong 8 tuần đầu" (huengaynay.vn/
chinh-tri-xa-hoi/phu-bai-ra-quan-lap-lai-trat-tu-do-thi-an-toan-giao-thong-157969.html, counted
from a start the page does not date) and the table of the Tổng điều tra kinh tế 2021
(tongdieutrakinhte2021.gso.gov.vn/ke-hoach-tong-dieu-tra.html: a national plan, whose "Tháng
5-8/2020" is one span or four monthly milestones).
"""

from __future__ import annotations

from datetime import date

from models.deadline import Period
from tests.models.deadline_cases import (
    ONCE,
    Case,
)
from tests.models.heldout import (
    assert_big_distinct_and_held_out,
    assert_none_wrong,
    assert_reads_right_at_least,
)

# --- Levies and funds of communes, towns and provinces.

# Kế hoạch thu, nộp Quỹ phòng, chống thiên tai năm 2022 của UBND thị xã Ayun Pa (Gia Lai), as
# the page of xã Chư Băh sets it out, at ayunpa.gialai.gov.vn/Xa-Chu-Bah/Tin-tuc/Thong-bao-thu-
# Quy-phong-chong-lut-bao-nam-2022.aspx: individuals pay at once, companies half, then the rest.
AYUN_PA_FUND_2022 = Period(date(2022, 4, 4), date(2022, 12, 31))
# Kế hoạch thu Quỹ Phòng, chống thiên tai tỉnh Lâm Đồng năm 2018, at baolamdong.vn/xahoi/201805/
# gan-24-ty-dong-thu-quy-phong-chong-thien-tai-2893546/
LAM_DONG_FUND_2018 = Period(date(2018, 5, 15), date(2018, 12, 31))
# Thông báo của UBND xã Hải Anh (Hải Hậu, Nam Định) về các khoản đóng góp vụ Chiêm năm 2019, at
# haianh-haihau.namdinh.gov.vn/thong-bao--giay-moi/thong-bao-ve-viec-thanh-toan-cac-khoan-dong-
# gop-va-gia-thoc-vu-chiem-nam-2019-127241
HAI_ANH_LEVIES_2019 = Period(date(2019, 6, 15), date(2019, 7, 31))
# Giao nộp sản phẩm thuế, quỹ vụ chiêm xuân 2023 của xã Chi Lăng Nam (Thanh Miện, Hải Dương), at
# chilangnam1.thanhmien.haiduong.gov.vn/Article/swMgzG3cQow@/ (nhân dân trong xã thi đua giao nộp
# sản phẩm thuế quỹ và các khoản dịch vụ vụ chiêm 2023)
CHI_LANG_NAM_LEVIES_2023 = Period(date(2023, 7, 1), date(2023, 7, 31))

LEVIES: list[Case] = [
    ("Trước ngày 30 tháng 7 năm 2022", AYUN_PA_FUND_2022, ONCE, ["2022-07-29"]),
    ("Trước ngày 20 tháng 11 năm 2022", AYUN_PA_FUND_2022, ONCE, ["2022-11-19"]),
    ("Từ nay đến trước ngày 30/5/2018", LAM_DONG_FUND_2018, ONCE, ["2018-05-29"]),
    ("Đến ngày 30/10/2018", LAM_DONG_FUND_2018, ONCE, ["2018-10-30"]),
    # Hải Anh: the hamlet heads hand out the notices, the households pay before the 25th.
    ("Từ ngày 19 đến ngày 21/6/2019", HAI_ANH_LEVIES_2019, ONCE, ["2019-06-21"]),
    ("Xong trước ngày 25/6/2019", HAI_ANH_LEVIES_2019, ONCE, ["2019-06-24"]),
    ("Từ ngày mùng 7 đến hết ngày 10/7/2023", CHI_LANG_NAM_LEVIES_2023, ONCE, ["2023-07-10"]),
]

# --- Social campaigns of provinces and their mass organisations.

# Kế hoạch số 204/KH-UBND ngày 28/08/2019 của UBND tỉnh Thừa Thiên Huế (Tháng hành động vì người
# cao tuổi năm 2019), at stttt.thuathienhue.gov.vn/?gd=53&cn=364&tc=7425
HUE_ELDERLY_2019 = Period(date(2019, 8, 28), date(2019, 12, 31))
# Kế hoạch số 63/KH-BCT ngày 15/5/2018 của Ban Công tác Người cao tuổi tỉnh Quảng Bình, at
# www.quangbinh.gov.vn/3cms/thuc-hien-thang-hanh-dong-vi-nguoi-cao-tuoi-tinh-nam-2018.htm
QUANG_BINH_ELDERLY_2018 = Period(date(2018, 5, 15), date(2018, 12, 31))
# Kế hoạch số 256/KH-UBND ngày 20/6/2024 của UBND tỉnh Thừa Thiên Huế (Tháng hành động vì người
# cao tuổi năm 2024), at thuathienhue.gov.vn/Thong-tin-dieu-hanh-cua-ubnd-tinh/tid/Trien-khai-
# Thang-hanh-dong-vi-Nguoi-cao-tuoi-Viet-Nam-nam-2024/newsid/8A987A16-6CEF-48F7-B236-B1950098485F
HUE_ELDERLY_2024 = Period(date(2024, 6, 20), date(2024, 12, 31))
# Hướng dẫn của UBMTTQ Việt Nam tỉnh Vĩnh Long về Ngày hội Đại đoàn kết ở khu dân cư năm 2017, at
# baovinhlong.com.vn/thoi-su/201711/to-chuc-ngay-hoi-dai-doan-ket-o-khu-dan-cu-dam-bao-ca-phan-le-
# lan-phan-hoi-2859799/
VINH_LONG_UNITY_DAY_2017 = Period(date(2017, 11, 1), date(2017, 11, 30))
# Kế hoạch của UBND TP Hà Nội tổ chức Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2013, at
# www.baomoi.com/ha-noi-to-chuc-thang-hanh-dong-quoc-gia-phong-chong-hiv-aids-2013/c/12395821.epi
HANOI_HIV_MONTH_2013 = Period(date(2013, 10, 1), date(2013, 12, 31))
# Chiến dịch bổ sung vitamin A đại trà của Trung tâm Kiểm soát bệnh tật TP Hồ Chí Minh (12/2022),
# at vtv8.vtv.vn/xa-hoi/tp-ho-chi-minh-bat-dau-cho-tre-uong-vitamin-a-sau-thoi-gian-tam-hoan-
# 20221211110646091.htm
HCM_VITAMIN_A_2022 = Period(date(2022, 12, 11), date(2022, 12, 31))

CAMPAIGNS: list[Case] = [
    ("Từ ngày 01/10/2019 đến ngày 31/10/2019", HUE_ELDERLY_2019, ONCE, ["2019-10-31"]),
    ("Từ nay đến ngày 31/10/2018", QUANG_BINH_ELDERLY_2018, ONCE, ["2018-10-31"]),
    ("Từ ngày 25/9/2024 đến 05/10/2024", HUE_ELDERLY_2024, ONCE, ["2024-10-05"]),
    ("Từ 1- 18/11", VINH_LONG_UNITY_DAY_2017, ONCE, ["2017-11-18"]),
    ("Từ ngày 10-11 đến 10-12", HANOI_HIV_MONTH_2013, ONCE, ["2013-12-10"]),
    ("Từ ngày 19 đến ngày 30/12", HCM_VITAMIN_A_2022, ONCE, ["2022-12-30"]),
]

# --- Land data, electronic identity, identity cards, fire safety, clean-ups.

# Kế hoạch chiến dịch làm giàu, làm sạch cơ sở dữ liệu đất đai của UBND phường Phong Phú (Huế),
# at huengaynay.vn/chinh-tri-xa-hoi/trien-khai-chien-dich-90-ngay-lam-sach-co-so-du-lieu-ve-dat-
# dai-158788.html
PHONG_PHU_LAND_DATA_2025 = Period(date(2025, 10, 1), date(2025, 12, 31))
# Quyết định 3526/QĐ-UBND ngày 25/5/2023 của UBND huyện Núi Thành (Quảng Nam), Kế hoạch đợt thi
# đua cao điểm về tài khoản định danh điện tử, at nuithanh.quangnam.gov.vn/webcenter/portal/
# nuithanh/pages_tin-tuc/chi-tiet?dDocName=PORTAL511430
NUI_THANH_VNEID_2023 = Period(date(2023, 5, 25), date(2023, 7, 31))
# UBND tỉnh Quảng Nam's deadline for activating electronic-identity accounts (August 2023), at
# baoquangnam.vn/xa-hoi/hoc-sinh-doan-vien-tham-gia-huong-dan-cai-dat-kich-hoat-tai-khoan-dinh-
# danh-dien-tu-vneid-147808.html
QUANG_NAM_VNEID_2023 = Period(date(2023, 8, 1), date(2023, 12, 31))
# Mệnh lệnh 01 của Công an TP Hà Nội, đợt cao điểm thu nhận hồ sơ cấp căn cước (2022), at
# vietbao.vn/5-thanh-pho-phai-hoan-thanh-cap-can-cuoc-truoc-31-8-371899.html
HANOI_ID_CARDS_2022 = Period(date(2022, 7, 20), date(2022, 8, 31))
# Đợt cao điểm cấp căn cước công dân gắn chip của Công an tỉnh Tây Ninh theo chỉ đạo của UBND
# tỉnh (2022), at thanhnien.vn/cong-an-tay-ninh-cap-can-cuoc-cong-dan-gan-chip-dien-tu-xuyen-le-
# 29-post1496305.html
TAY_NINH_ID_CARDS_2022 = Period(date(2022, 9, 1), date(2022, 9, 30))
# Kế hoạch của UBND TP Hội An (Quảng Nam) về đợt cao điểm tuyên truyền, kiểm tra an toàn PCCC
# (6/2021), at baoquangnam.vn/quoc-phong-an-ninh/hoi-an-to-chuc-dot-cao-diem-kiem-tra-phong-chay-
# chua-chay-113683.html
HOI_AN_FIRE_SAFETY_2021 = Period(date(2021, 6, 23), date(2021, 12, 31))
# Kế hoạch số 19/KH-UBND ngày 21/01/2021 của UBND xã Xuân Thành (Xuân Lộc, Đồng Nai), tổng vệ
# sinh đón Tết Tân Sửu, at sub.dost-dongnai.gov.vn/xuanthanh/Pages/noi-dung-tin.aspx?NewsID=2853
XUAN_THANH_CLEAN_UP_2021 = Period(date(2021, 1, 21), date(2021, 2, 28))
# Kế hoạch tổ chức "Ngày hội toàn dân bảo vệ an ninh Tổ quốc" năm 2024 của UBND tỉnh Bà Rịa -
# Vũng Tàu, at baobariavungtau.com.vn/phap-luat/202405/phat-trien-sau-rong-phong-trao-toan-dan-
# bao-ve-an-ninh-to-quoc-1009995/
BA_RIA_SECURITY_DAY_2024 = Period(date(2024, 5, 1), date(2024, 12, 31))
# Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2022 ở huyện Bến Lức (Long An), as the district's
# plan sets it, at la34.com.vn/ben-luc-100-xa-thi-tran-to-chuc-ngay-hoi-toan-dan-bao-ve-an-ninh-
# to-quoc-98747.html
BEN_LUC_SECURITY_DAY_2022 = Period(date(2022, 7, 1), date(2022, 12, 31))

DRIVES: list[Case] = [
    ("Từ nay đến hết ngày 30/11/2025", PHONG_PHU_LAND_DATA_2025, ONCE, ["2025-11-30"]),
    ("Từ ngày 27/5/2023 đến hết ngày 30/6/2023", NUI_THANH_VNEID_2023, ONCE, ["2023-06-30"]),
    ("Trước ngày 30/9/2023", QUANG_NAM_VNEID_2023, ONCE, ["2023-09-29"]),
    ("Từ 25/7 đến 25/8", HANOI_ID_CARDS_2022, ONCE, ["2022-08-25"]),
    ("Đến hết ngày 30.9", TAY_NINH_ID_CARDS_2022, ONCE, ["2022-09-30"]),
    ("Từ nay đến ngày 15.10", HOI_AN_FIRE_SAFETY_2021, ONCE, ["2021-10-15"]),
    ("Trong 02 ngày 06-07/02/2021", XUAN_THANH_CLEAN_UP_2021, ONCE, ["2021-02-07"]),
    ("Từ ngày 2/7, đến ngày 10/8", BA_RIA_SECURITY_DAY_2024, ONCE, ["2024-08-10"]),
    ("Đến ngày 14/8/2022", BEN_LUC_SECURITY_DAY_2022, ONCE, ["2022-08-14"]),
]

# --- Steering committees' checks, school games, recruits' medical boards.

# Kế hoạch kiểm tra xây dựng và thực hiện Quy chế dân chủ ở cơ sở năm 2019 của Ban Chỉ đạo Thành
# ủy Hà Nội, at m.baomoi.com/ha-noi-thanh-lap-5-doan-kiem-tra-thuc-hien-quy-che-dan-chu-o-co-so-
# nam-2019/c/30735549.epi
HANOI_DEMOCRACY_CHECKS_2019 = Period(date(2019, 5, 1), date(2019, 12, 31))
# Kế hoạch kiểm tra thực hiện Quy chế dân chủ cơ sở năm 2010 của Ban Chỉ đạo Huyện ủy Long
# Trường, at dangbotpanlac.blogspot.com/2010/11/kiem-tra-viec-thuc-hien-quy-che-dan-chu.html
LONG_TRUONG_DEMOCRACY_CHECKS_2010 = Period(date(2010, 11, 1), date(2010, 12, 31))
# Thông báo số 398/TB-VP của Văn phòng UBND TP Hà Nội on Kế hoạch 240/KH-UBND ngày 14-11-2019
# (Hội khỏe Phù Đổng lần thứ X), at hanoi.gov.vn/chidaodieuhanh/-/hn/t0gZB5w6V7Wh/2807/2831996/
# 11/trien-khai-ke-hoach-to-chuc-hoi-khoe-phu-ong-lan-thu-x-thanh-pho-ha-noi.html
HANOI_SCHOOL_GAMES_2019 = Period(date(2019, 11, 14), date(2020, 6, 30))
# Đại hội TDTT cấp cơ sở lần thứ IX tỉnh Hậu Giang (2021-2022), as a copy of Báo Hậu Giang's page
# reads, at game.marimbapop.com/news/113e299150.html
HAU_GIANG_GAMES_2021 = Period(date(2021, 1, 1), date(2022, 12, 31))
# Khám sơ tuyển nghĩa vụ quân sự năm 2024 của các xã, thị trấn huyện Bạch Thông (Bắc Kạn), at
# bachthong.gov.vn/bach-thong-to-chuc-kham-tuyen-nghia-vu-quan-su-nam-2024/
BACH_THONG_RECRUITS_2024 = Period(date(2023, 8, 1), date(2024, 3, 31))
# Khám tuyển nghĩa vụ quân sự năm 2023 ở Kinh Môn, Kim Thành, Nam Sách (Hải Dương), at
# tab.baohaiduong.vn/tin-tuc/ba-huyen-thi-xa-dau-tien-kham-tuyen-nghia-vu-quan-su-220795, and
# ở TP Hải Dương, Bình Giang, at baohaiduong.vn/2-dia-phuong-cuoi-cung-kham-tuyen-nghia-vu-quan-
# su-138534.html
HAI_DUONG_RECRUITS_2023 = Period(date(2022, 12, 1), date(2023, 2, 28))
# UBND TP Hà Nội's decision on the recruits of 2019, at www.dqtv.vn/2018/12/ha-noi-giao-chi-
# tieu-3500-cong-dan-nhap.html
HANOI_RECRUITS_2019 = Period(date(2018, 12, 1), date(2019, 3, 31))
# Khám tuyển nghĩa vụ quân sự của Ban CHQS huyện Quảng Điền (Thừa Thiên Huế) for 2018, at
# baothuathienhue.vn/amp.aspx?newid=51023
QUANG_DIEN_RECRUITS_2018 = Period(date(2017, 12, 1), date(2018, 3, 31))

CHECKS_AND_RECRUITS: list[Case] = [
    ("Từ ngày 20-5 đến 30-9-2019", HANOI_DEMOCRACY_CHECKS_2019, ONCE, ["2019-09-30"]),
    (
        "Từ ngày 20/11/2010 đến 30/11/2010",
        LONG_TRUONG_DEMOCRACY_CHECKS_2010,
        ONCE,
        ["2010-11-30"],
    ),
    ("Trước ngày 30-11-2019", HANOI_SCHOOL_GAMES_2019, ONCE, ["2019-11-29"]),
    ("Từ tháng 1 đến tháng 5-2021", HAU_GIANG_GAMES_2021, ONCE, ["2021-05-31"]),
    ("Xong trước ngày 20/9/2023", BACH_THONG_RECRUITS_2024, ONCE, ["2023-09-19"]),
    # Hải Dương: the last day of each district's medical board.
    ("Vào ngày 6.12", HAI_DUONG_RECRUITS_2023, ONCE, ["2022-12-06"]),
    ("Vào ngày 7.12", HAI_DUONG_RECRUITS_2023, ONCE, ["2022-12-07"]),
    ("Vào ngày 21.12", HAI_DUONG_RECRUITS_2023, ONCE, ["2022-12-21"]),
    ("Vào ngày 16.12", HAI_DUONG_RECRUITS_2023, ONCE, ["2022-12-16"]),
    ("Vào sáng 20-2-2019", HANOI_RECRUITS_2019, ONCE, ["2019-02-20"]),
    ("Trong tháng 2/2018", QUANG_DIEN_RECRUITS_2018, ONCE, ["2018-02-28"]),
]

# --- Street order and festivals of cities, districts and provinces.

# Kế hoạch ra quân đảm bảo trật tự đô thị của UBND TP Tam Kỳ (Quảng Nam) năm 2024, in three
# stages, at tamky.quangnam.gov.vn/webcenter/portal/tamky/pages_tin-tuc/chi-tiet?dDocName=
# PORTAL554125
TAM_KY_STREET_ORDER_2024 = Period(date(2024, 3, 1), date(2024, 5, 31))
# Kế hoạch ra quân đợt cao điểm lập lại trật tự lòng đường, vỉa hè của UBND TP Vũng Tàu (2020),
# at baobariavungtau.com.vn/kinh-te/202002/tp-vung-tau-mo-dot-cao-diem-lap-lai-trat-tu-do-thi-
# 892959/
VUNG_TAU_STREET_ORDER_2020 = Period(date(2020, 2, 25), date(2020, 3, 31))
# Kế hoạch tổ chức Ngày hội văn hóa, thể thao và du lịch các dân tộc tỉnh Bắc Giang lần thứ VI
# (2014), at www.vietnamtourism.com/index.php/news/items/12451
BAC_GIANG_FESTIVAL_2014 = Period(date(2014, 8, 18), date(2014, 12, 31))
# UBND huyện Hòa Thành (Tây Ninh) moves its vegetarian food festival to 2019, at
# ttxtdl.tayninh.gov.vn/thay-doi-thoi-gian-va-dia-diem-to-chuc-le-hoi-am-thuc-chay-hoa-thanh-
# tay-ninh-nam-2018/
HOA_THANH_FESTIVAL_2019 = Period(date(2018, 9, 1), date(2019, 6, 30))
# Kế hoạch tổ chức Lễ hội Thành Tuyên năm 2016 (Tuyên Quang), at lehoithanhtuyen.com.vn/
# DetailView/3602/62/Ke-hoach-to-chuc-Le-hoi-Thanh-Tuyen-Nam-2016.html
TUYEN_QUANG_FESTIVAL_2016 = Period(date(2016, 7, 1), date(2016, 12, 31))
# Kế hoạch tổ chức Festival Hoa Đà Lạt lần thứ VII của UBND tỉnh Lâm Đồng (7/2017), at
# click49.vn/?p=13455
DA_LAT_FESTIVAL_2017 = Period(date(2017, 7, 21), date(2017, 12, 31))
# UBND tỉnh Thừa Thiên Huế's second adjustment of Festival Huế 2020, at baomoi.com/lan-thu-2-
# thoi-gian-to-chuc-festival-hue-2020-duoc-dieu-chinh/c/35766692.epi
HUE_FESTIVAL_2020 = Period(date(2020, 6, 1), date(2020, 12, 31))
# Lễ hội xuân Văn Miếu ở thành phố Hà Tĩnh năm 2023, its programme, at baohatinh.vn/van-hoa-ha-
# tinh/san-sang-cho-le-hoi-xuan-van-mieu-o-thanh-pho-ha-tinh/245180.htm
HA_TINH_TEMPLE_FESTIVAL_2023 = Period(date(2023, 2, 1), date(2023, 3, 31))

STREETS_AND_FESTIVALS: list[Case] = [
    (
        "Từ ngày 15/3/2024 đến hết ngày 29/3/2024",
        TAM_KY_STREET_ORDER_2024,
        ONCE,
        ["2024-03-29"],
    ),
    (
        "Từ ngày 30/3/2024 đến hết ngày 13/4/2024",
        TAM_KY_STREET_ORDER_2024,
        ONCE,
        ["2024-04-13"],
    ),
    (
        "Từ ngày 15/4/2024 đến hết ngày 02/5/2024",
        TAM_KY_STREET_ORDER_2024,
        ONCE,
        ["2024-05-02"],
    ),
    ("Sáng 29/2", VUNG_TAU_STREET_ORDER_2020, ONCE, ["2020-02-29"]),
    ("Vào tháng 10", BAC_GIANG_FESTIVAL_2014, ONCE, ["2014-10-31"]),
    ("Từ ngày 31/5/2019 đến 02/6/2019", HOA_THANH_FESTIVAL_2019, ONCE, ["2019-06-02"]),
    # Tuyên Quang: the festival, its opening night, its second night, its food fair.
    ("Từ ngày 09 đến ngày 12/9/2016", TUYEN_QUANG_FESTIVAL_2016, ONCE, ["2016-09-12"]),
    ("20 giờ ngày 09/9/2016", TUYEN_QUANG_FESTIVAL_2016, ONCE, ["2016-09-09"]),
    ("20 giờ, ngày 10/9/2016", TUYEN_QUANG_FESTIVAL_2016, ONCE, ["2016-09-10"]),
    ("Từ ngày 09-12/9/2016", TUYEN_QUANG_FESTIVAL_2016, ONCE, ["2016-09-12"]),
    ("Từ 23/12/2017 đến 27/12/2017", DA_LAT_FESTIVAL_2017, ONCE, ["2017-12-27"]),
    # Huế: the festival, its opening at 8 p.m. on the first day, its closing night.
    ("Từ 26/8 đến 31/8", HUE_FESTIVAL_2020, ONCE, ["2020-08-31"]),
    ("Vào 20 giờ ngày 26/8", HUE_FESTIVAL_2020, ONCE, ["2020-08-26"]),
    ("Vào tối ngày 31/8", HUE_FESTIVAL_2020, ONCE, ["2020-08-31"]),
    ("Ngày 5/3/2023", HA_TINH_TEMPLE_FESTIVAL_2023, ONCE, ["2023-03-05"]),
]

# --- Congresses of farmers' and women's associations.

# Hội Nông dân tỉnh Quảng Nam's plan for the congresses of 2023-2028, at baoquangnam.vn/xa-hoi/
# hoan-thanh-dai-hoi-dai-bieu-hoi-nong-dan-cap-huyen-trong-quy-ii2023-138761.html
QUANG_NAM_FARMERS_2023 = Period(date(2023, 2, 16), date(2023, 12, 31))
# Hội Nông dân tỉnh Bắc Giang's plan for the district congresses of 2018, at
# hoinongdan.bacgiang.gov.vn/18439-hoan-thanh-dai-hoi-hoi-nong-dan-cap-co-so-tiep-tuc-chi-dao-
# dai-hoi-hoi-nong-dan-cac-huyen-thanh-pho.html
BAC_GIANG_FARMERS_2018 = Period(date(2018, 3, 1), date(2018, 12, 31))
# Hội Nông dân tỉnh An Giang's plan for the congresses of 2018-2023, at hoinongdanag.org.vn/
# ho%E1%BA%A1t-%C4%91%E1%BB%99ng-h%E1%BB%99i/nam-2018/7435.aspx
AN_GIANG_FARMERS_2018 = Period(date(2018, 3, 1), date(2018, 12, 31))
# Hội Nông dân tỉnh Vĩnh Long's plan for the congresses of 2023-2028, at baovinhlong.com.vn/
# chinh-tri/202303/dai-hoi-hoi-nong-dan-cap-huyen-dien-ra-trong-quy-ii-3162029/
VINH_LONG_FARMERS_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))
# Hội Nông dân tỉnh Hải Dương's plan for the congresses of 2018-2023, at baohaiduong.vn/thoi-su/
# to-chuc-xong-dai-hoi-diem-hoi-nong-dan-cap-co-so-trong-thang-1-82850
HAI_DUONG_FARMERS_2018 = Period(date(2018, 1, 10), date(2018, 12, 31))
# Hội LHPN tỉnh Bắc Ninh's timetable for the grassroots women's congresses of 2006, at
# hoilhpn.org.vn/web/guest/tin-chi-tiet/-/chi-tiet/trien-khai-to-chuc-%C4%91ai-hoi-phu-nu-cap-
# co-so-tren-dien-rong-2963-2.html
BAC_NINH_WOMEN_2006 = Period(date(2006, 4, 11), date(2006, 12, 31))
# Hội LHPN tỉnh Thanh Hóa's timetable for the women's congresses of 2025-2030, at
# baothanhhoa.vn/chuan-bi-dieu-kien-to-chuc-dai-hoi-dai-bieu-phu-nu-cac-cap-262811.htm
THANH_HOA_WOMEN_2025 = Period(date(2025, 9, 26), date(2025, 11, 30))

CONGRESSES: list[Case] = [
    # Quảng Nam: the communes in March, the model district in April, the districts in the
    # second quarter, the province in the third.
    ("Trong tháng 3/2023", QUANG_NAM_FARMERS_2023, ONCE, ["2023-03-31"]),
    ("Trong tháng 4/2023", QUANG_NAM_FARMERS_2023, ONCE, ["2023-04-30"]),
    ("Trong quý II/2023", QUANG_NAM_FARMERS_2023, ONCE, ["2023-06-30"]),
    ("Trong quý III/2023", QUANG_NAM_FARMERS_2023, ONCE, ["2023-09-30"]),
    ("Trong quý 2/2018", BAC_GIANG_FARMERS_2018, ONCE, ["2018-06-30"]),
    # An Giang: the districts by the end of April, the province's congress on 24-25 May.
    ("Vào cuối tháng 4/2018", AN_GIANG_FARMERS_2018, ONCE, ["2018-04-30"]),
    ("Vào 24 - 25/05/2018", AN_GIANG_FARMERS_2018, ONCE, ["2018-05-25"]),
    ("Đến cuối tháng 3/2023", VINH_LONG_FARMERS_2023, ONCE, ["2023-03-31"]),
    # Hải Dương: the model congresses in January, the rest by the second quarter, the
    # province in the third.
    ("Trong tháng 1", HAI_DUONG_FARMERS_2018, ONCE, ["2018-01-31"]),
    ("Trong quý II.2018", HAI_DUONG_FARMERS_2018, ONCE, ["2018-06-30"]),
    ("Trong quý III", HAI_DUONG_FARMERS_2018, ONCE, ["2018-09-30"]),
    ("Trước ngày Sinh nhật Bác (19/5)", BAC_NINH_WOMEN_2006, ONCE, ["2006-05-18"]),
    ("Trong tháng 10", THANH_HOA_WOMEN_2025, ONCE, ["2025-10-31"]),
]

SEVENTH_SET = (
    LEVIES + CAMPAIGNS + DRIVES + CHECKS_AND_RECRUITS + STREETS_AND_FESTIVALS + CONGRESSES
)

# The share read right when the set was measured (see the module docstring): 56 of 61,
# below issue 14's 95%.
MEASURED_SHARE = 56 / 61


def test_the_seventh_set_is_big_distinct_and_held_out() -> None:
    assert_big_distinct_and_held_out(SEVENTH_SET, __file__, at_least=61)


def test_no_seventh_set_phrase_reads_wrong() -> None:
    assert_none_wrong(SEVENTH_SET)


def test_the_seventh_set_reads_at_least_as_right_as_measured() -> None:
    assert_reads_right_at_least(SEVENTH_SET, MEASURED_SHARE)
