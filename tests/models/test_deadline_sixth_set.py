"""A sixth held-out set: deadlines and timetables of local plans, as their pages write them.

Every phrase here was copied from a plan (kế hoạch) of a commune, ward, district, province,
provincial department or steering committee (ban chỉ đạo), or from the page of a commune,
district or provincial portal or paper that sets out such a plan's dates, none of them cited
by the other deadline test modules (nor taken from the repositories they used). They were
found in the stored public pages (each cited below by its address), and cover rabies and
livestock vaccination rounds of wards and districts, a commune's levy timetable, voter lists
and voter meetings, a census, military recruitment, tree-planting, a food-safety month, party
cell congresses, a children's contest, a city's pavement campaign, a province's new-rural
timetable and a district council's inspection. The wording of the time expression is kept as
written ("Từ 07-09/4/2018", "Từ ngày 09 – 10/3/2019", "Từ ngày 27.1-24.2", "Trước ngày 20/4/
2019", "Trước thời gian 15/7/2022"); only what would stand in a plan's deadline or timetable
cell was taken ("dự kiến vào tháng 3/2015" gives "Vào tháng 3/2015", "thời gian xong trước ngày
31.7" gives "Xong trước ngày 31.7"), with a capital first letter, and a double space inside one
phrase was written single. Each phrase is read against the period of its plan, as the plan or
page states it (its year, where the phrase names none).

The readings were written down, as a careful clerk would take each phrase and under the
conventions of tests/models/test_deadline.py and the other held-out sets ("Trước ngày X", and
"trước thời gian X", is the day before X; a month is its last day, its end ("cuối tháng") too;
a span is due at its end, "Từ tháng 3-4/2020" at the end of April; a quarter is its last day;
a time or a weekday beside a date is that date), before the engine was run on any of them.

The engine was run on the set once, on 2026-12-01 at 14:44 UTC (as this machine's clock
reads), on the working tree at commit 60594c5, where models/deadline.py was being split into a
package by another helper (the split uncommitted, meant to change no reading), and was not
changed for it. 41 of the 43 phrases (from 23 documents) read right (95.3%), 2 came back
``unknown`` and none read wrong; no expectation was changed after measuring. That meets issue
14's 95%, so the test asserts 0.95. The phrases still unread, by family:

- "before" written with "thời gian" in place of "ngày": "Trước thời gian 15/7/2022";
- a full date after "Ngày" with the weekday in parentheses after it: "Ngày 17/7/2018 (thứ Ba)"
  (the fifth set's "07/02/2021 (chủ Nhật)", with a leading "Ngày").

The set is smaller than the 80 phrases aimed at: the stored pages answer with a page's opening
only, so a plan's appendix table is seldom reached, and the phrases were taken from pages short
enough to show their dates (portal news of a plan, a commune's notice).

Left out as readable two ways or not a deadline: "Trước tháng 3.2014", "Trước tháng 5.2014" and
"Trước tháng 7.2014" (binhdinh.gov.vn/tin-tuc/tin-tuc-thoi-su/6-mat-tran-cap-xa-to-chuc-xong-
dai-hoi-nhiem-ky-moi.html: the end of the month before, or within it, as the fifth set leaves
"Trước tháng 9.2020" out), "Trước tháng 12.2021" (tab.baohaiduong.vn/tin-tuc/sap-to-chuc-lien-
hoan-ca-mua-nhac-khong-chuyen-nam-2021-171235, likewise), "Từ quý IV/2013" and "Từ 9h, ngày
15/2/2024" (a start with no end), "Từ ngày 17-24.9" (a district campaign on a page that names
no year), "Từ ngày 25/9/2025" (a ward's sowing start, already left out by the fifth set) and
"Chậm nhất ngày 31/1" (the election law's deadline restated by a national paper, not a local
plan's).
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

# --- Rabies and livestock vaccination rounds of wards, cities and districts.

# Kế hoạch tiêm phòng vắc xin dại, quản lý chó nuôi năm 2018 của UBND phường Hương Xuân (Thừa
# Thiên Huế), at huongxuan.thuathienhue.gov.vn/?cn=28&gd=7&tc=2015
HUONG_XUAN_RABIES_2018 = Period(date(2018, 4, 4), date(2018, 12, 31))
# Tiêm phòng vắc xin Dại cho đàn chó, mèo đợt 1 năm 2019 của thành phố Bắc Kạn, at
# backancity.gov.vn/thanh-pho-bac-kan-trien-khai-tiem-phong-vac-xin-dai-cho-dan-cho-meo-dot-1-
# nam-2019/
BAC_KAN_RABIES_2019 = Period(date(2019, 3, 1), date(2019, 6, 30))
# Kế hoạch tiêm phòng đợt II năm 2019 của thành phố Bắc Kạn, at backancity.gov.vn/thanh-pho-
# bac-kan-tap-trung-tiem-phong-gia-suc-dot-2-nam-2019/
BAC_KAN_CATTLE_2019 = Period(date(2019, 8, 1), date(2019, 12, 31))
# Tiêm vắc xin phòng bệnh dại cho đàn chó, mèo của TP. Phan Thiết năm 2024, at
# phanthiet.binhthuan.gov.vn/y-te-giao-duc/tp-phan-thiet-tiem-vac-xin-phong-benh-dai-mien-phi-
# cho-dan-cho-meo-884789
PHAN_THIET_RABIES_2024 = Period(date(2024, 5, 31), date(2024, 12, 31))
# Tiêm phòng vắc xin cho đàn gia súc, gia cầm năm 2019 của UBND quận Bắc Từ Liêm (Hà Nội), at
# nhipsonghanoi.hanoimoi.com.vn/tin-tuc/co-so/820051/quan-bac-tu-liem-bao-dam-90-gia-suc-gia-
# cam-duoc-tiem-phong-vac-xin
BAC_TU_LIEM_VACCINATION_2019 = Period(date(2019, 3, 1), date(2019, 12, 31))
# Kế hoạch tiêm phòng bệnh lở mồm long móng trâu, bò năm 2020 của UBND huyện Tây Hòa (Phú Yên),
# at tayhoa.phuyen.gov.vn/wps/portal/tayhoa/Home/page/tin-tuc-su-kien/kinh-te-khoa-hoc-cong-
# nghe/tp-lmlm-2020
TAY_HOA_VACCINATION_2020 = Period(date(2020, 2, 24), date(2020, 12, 31))

VACCINATION: list[Case] = [
    # Hương Xuân: the mass round, the sweep-up, then dealing with owners who did not comply.
    ("Từ 07-09/4/2018", HUONG_XUAN_RABIES_2018, ONCE, ["2018-04-09"]),
    ("Từ 13-15/4/2018", HUONG_XUAN_RABIES_2018, ONCE, ["2018-04-15"]),
    ("Từ ngày 18-20/4/2018", HUONG_XUAN_RABIES_2018, ONCE, ["2018-04-20"]),
    # Bắc Kạn: the wards, then the communes; the round ends before the last day of March.
    ("Từ ngày 09 – 10/3/2019", BAC_KAN_RABIES_2019, ONCE, ["2019-03-10"]),
    ("Từ ngày 12 – 22/3/2019", BAC_KAN_RABIES_2019, ONCE, ["2019-03-22"]),
    ("Trước ngày 31/3", BAC_KAN_RABIES_2019, ONCE, ["2019-03-30"]),
    # Bắc Kạn: the second cattle round and its top-up.
    ("Từ ngày 01/9 đến ngày 30/10/2019", BAC_KAN_CATTLE_2019, ONCE, ["2019-10-30"]),
    ("Từ ngày 01 đến 10/11/2019", BAC_KAN_CATTLE_2019, ONCE, ["2019-11-10"]),
    # Phan Thiết: the free round.
    ("Từ ngày 31/5 đến ngày 25/6/2024", PHAN_THIET_RABIES_2024, ONCE, ["2024-06-25"]),
    # Bắc Từ Liêm: the two rounds, no year written.
    ("Từ ngày 20-3 đến 6-4", BAC_TU_LIEM_VACCINATION_2019, ONCE, ["2019-04-06"]),
    ("Từ ngày 9-9 đến 30-9", BAC_TU_LIEM_VACCINATION_2019, ONCE, ["2019-09-30"]),
    # Tây Hòa: two rounds of two months each, a span due at the end of its second month.
    ("Từ tháng 3-4/2020", TAY_HOA_VACCINATION_2020, ONCE, ["2020-04-30"]),
    ("Từ tháng 9-10/2020", TAY_HOA_VACCINATION_2020, ONCE, ["2020-10-31"]),
]

# --- Communes and wards: levies, voters, comments on a draft.

# Kế hoạch triển khai lập phương án vụ Đông Xuân năm 2019 của UBND xã Kỳ Thọ (Hà Tĩnh): the
# villages' review of the levies, then their plans, at xakytho.hatinh.gov.vn/cong-khai-quan-ly-
# su-dung-quy/news/ke-hoach-trien-khai-lap-phuong-an-vu-dong-xuan-nam-2019.html
KY_THO_LEVIES_2019 = Period(date(2019, 5, 1), date(2019, 12, 31))
# Niêm yết danh sách cử tri của UBND xã Vĩnh Hưng (Phú Thọ), bầu cử 2026, at
# vinhhung.phutho.dcs.vn/ContentDetail/DirChildManView?groupId=31643368-37ab-4224-80e9-
# 6f181d666444&itemId=22174f58-128e-4f80-8833-786d72d18a56
VINH_HUNG_VOTERS_2026 = Period(date(2026, 1, 1), date(2026, 3, 31))
# Tiếp xúc cử tri trước kỳ họp lần thứ 3 HĐND xã Ngãi Tứ (Vĩnh Long), per Kế hoạch số 58/KH-HĐND
# ngày 19/11/2025, at ngaitu.vinhlong.gov.vn/trang-chu/ctl/detail/mid/53235&ID=40798
NGAI_TU_VOTERS_2025 = Period(date(2025, 11, 19), date(2025, 12, 31))
# Góp ý dự thảo Kế hoạch bầu Tổ trưởng tổ dân phố nhiệm kỳ 2015-2017 của Ủy ban MTTQVN phường
# Hương Xuân, at huongxuan.thuathienhue.gov.vn/?cn=323&gd=7&tc=840
HUONG_XUAN_DRAFT_2015 = Period(date(2015, 8, 1), date(2015, 12, 31))

COMMUNES: list[Case] = [
    ("Từ ngày 16/5 đến ngày 24/5/2019", KY_THO_LEVIES_2019, ONCE, ["2019-05-24"]),
    ("Từ ngày 25/5 đến 31/5/2019", KY_THO_LEVIES_2019, ONCE, ["2019-05-31"]),
    ("Từ ngày 3/2/2026 đến hết ngày 15/3/2026", VINH_HUNG_VOTERS_2026, ONCE, ["2026-03-15"]),
    ("Từ ngày 01/12/2025 - ngày 02/12/2025", NGAI_TU_VOTERS_2025, ONCE, ["2025-12-02"]),
    ("Từ ngày 19/8/2015 đến 28/8/2015", HUONG_XUAN_DRAFT_2015, ONCE, ["2015-08-28"]),
]

# --- Districts: census, recruitment, party congresses, a council's inspection.

# Tổng điều tra dân số và nhà ở năm 2019 tại huyện Đô Lương (Nghệ An), at doluong.gov.vn/do-
# luong-hoan-thanh-tren-85-tong-dieu-tra-dan-so-va-nha-o-nam-2019/
DO_LUONG_CENSUS_2019 = Period(date(2019, 4, 1), date(2019, 4, 30))
# Sơ khám tuyển nghĩa vụ quân sự năm 2015 của các xã thị huyện Đô Lương, at doluong.gov.vn/do-
# luong-to-chuc-so-kham-tuyen-nghia-vu-quan-su-nam-2015/
DO_LUONG_RECRUITS_2015 = Period(date(2014, 11, 1), date(2015, 3, 31))
# Khám sơ tuyển nghĩa vụ quân sự cấp xã năm 2020 (Ban Chỉ huy Quân sự huyện, Hải Phòng), at
# www.haiphong.gov.vn/Portal/PrintItem.aspx?ContentID=154917
HAI_PHONG_RECRUITS_2020 = Period(date(2019, 10, 1), date(2020, 3, 31))
# Hướng dẫn số 13 của Huyện ủy Nam Đàn (Nghệ An) về đại hội chi bộ xóm, khối nhiệm kỳ
# 2022-2025, at namdan.nghean.gov.vn/dang-doan-the/-/asset_publisher/Rp3HscVG4HhV/content/id/
# 1841351
NAM_DAN_CONGRESSES_2022 = Period(date(2022, 4, 1), date(2022, 7, 31))
# Kế hoạch số 06/KH-HĐND ngày 21/8/2019 của HĐND huyện Nam Đông (Thừa Thiên Huế) về giám sát
# chương trình nông thôn mới, at namdong.thuathienhue.gov.vn/?gd=14&cn=537&tc=14038
NAM_DONG_INSPECTION_2019 = Period(date(2019, 8, 21), date(2019, 12, 31))

DISTRICTS: list[Case] = [
    ("Trước ngày 20/4/ 2019", DO_LUONG_CENSUS_2019, ONCE, ["2019-04-19"]),
    ("Từ ngày 1 – 5/12/2014", DO_LUONG_RECRUITS_2015, ONCE, ["2014-12-05"]),
    ("Từ ngày 15 – 18/12/2014", DO_LUONG_RECRUITS_2015, ONCE, ["2014-12-18"]),
    ("Vào tháng 3/2015", DO_LUONG_RECRUITS_2015, ONCE, ["2015-03-31"]),
    ("Từ ngày 4 đến 8/11/2019", HAI_PHONG_RECRUITS_2020, ONCE, ["2019-11-08"]),
    ("Vào cuối tháng 12/2019", HAI_PHONG_RECRUITS_2020, ONCE, ["2019-12-31"]),
    # Nam Đàn: the model congresses before 15 May, the others before 15 July.
    ("Trước ngày 15/5/2022", NAM_DAN_CONGRESSES_2022, ONCE, ["2022-05-14"]),
    ("Trước thời gian 15/7/2022", NAM_DAN_CONGRESSES_2022, ONCE, ["2022-07-14"]),
    ("Từ ngày 10 đến 19/9/2019", NAM_DONG_INSPECTION_2019, ONCE, ["2019-09-19"]),
]

# --- Provinces, their departments and a city's steering committee.

# Tết trồng cây xuân Quý Mão 2023 của Sở Nông nghiệp và Phát triển nông thôn tỉnh Hải Dương, at
# m.baohaiduong.vn/moi-truong/to-chuc-phat-dong-tet-trong-cay-tu-ngay-271-225409
HAI_DUONG_TREES_2023 = Period(date(2023, 1, 27), date(2023, 3, 31))
# Kế hoạch phát động Tết trồng cây, trồng rừng Xuân Quý Mão 2023 của tỉnh Lào Cai, at
# laocaitv.vn/kinh-te-moi-truong/trong-moi-khoang-1-trieu-cay-xanh-trong-dip-tet-nguyen-dan-
# quy-mao-2023
LAO_CAI_TREES_2023 = Period(date(2023, 1, 1), date(2023, 3, 31))
# Kế hoạch lễ phát động "Tết trồng cây" xuân Tân Sửu 2021 của UBND tỉnh Khánh Hòa, at
# baokhanhhoa.vn/chinh-tri/202102/phat-dong-tet-trong-cay-vao-mung-6-tet-8206427
KHANH_HOA_TREES_2021 = Period(date(2021, 2, 1), date(2021, 3, 31))
# Tháng hành động vì an toàn thực phẩm năm 2020 của tỉnh Ninh Thuận, at
# baoninhthuan.com.vn/news/112930p155c160/trien-khai-thang-hanh-dong-vi-an-toan-thuc-pham-nam-
# 2020.htm
NINH_THUAN_FOOD_SAFETY_2020 = Period(date(2020, 4, 1), date(2020, 5, 31))
# Kế hoạch tổ chức Hội thi Hoa phượng đỏ lần thứ 34 năm 2018 của UBND tỉnh Tây Ninh, at
# tayninh.gov.vn/vi/news/dua-nghi/k-ho-ch-t-ch-c-h-i-thi-hoa-ph-ng--l-n-th-34--n-m-2018-33698.html
TAY_NINH_CONTEST_2018 = Period(date(2018, 5, 10), date(2018, 8, 31))
# Kế hoạch tổng kiểm tra lấn chiếm lòng đường, hè phố của Ban Chỉ đạo 197 TP Hà Nội (2023), in
# three stages, at vietnamnet.vn/via-he-ha-noi-van-bi-lap-day-du-dang-cao-diem-chien-dich-
# 2119162.html
HANOI_PAVEMENTS_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))
# Hội diễn văn nghệ quần chúng các xã nông thôn mới, phường văn minh lần thứ 3 của Sở Văn hóa,
# Thể thao và Du lịch tỉnh Vĩnh Long, at baovinhlong.com.vn/van-hoa-giai-tri/202303/hoi-dien-
# van-nghe-quan-chung-cac-xa-nong-thon-moi-phuong-van-minh-3160643/
VINH_LONG_SHOW_2023 = Period(date(2023, 3, 19), date(2023, 12, 31))
# UBND tỉnh Hải Dương's timetable for the dossiers of four new-rural districts (2020), at
# m.baohaiduong.vn/kinh-te---tieu-dung/phan-dau-hoan-thien-ho-so-4-huyen-nong-thon-moi-truoc-
# ngay-3011-141330
HAI_DUONG_NEW_RURAL_2020 = Period(date(2020, 7, 13), date(2020, 12, 31))

PROVINCES: list[Case] = [
    ("Từ ngày 27.1-24.2", HAI_DUONG_TREES_2023, ONCE, ["2023-02-24"]),
    ("Trong quý I.2023", HAI_DUONG_TREES_2023, ONCE, ["2023-03-31"]),
    ("Từ ngày 27/1 - 6/2/2023", LAO_CAI_TREES_2023, ONCE, ["2023-02-06"]),
    ("Vào lúc 8 giờ ngày 17-2", KHANH_HOA_TREES_2021, ONCE, ["2021-02-17"]),
    ("Từ ngày 15-4 đến 15-5-2020", NINH_THUAN_FOOD_SAFETY_2020, ONCE, ["2020-05-15"]),
    # Tây Ninh: the district rounds, the provincial round, the registration deadline.
    ("Từ ngày 15/5/2018 đến ngày 15/7/2018", TAY_NINH_CONTEST_2018, ONCE, ["2018-07-15"]),
    ("Từ ngày 24/7/2018 đến ngày 27/7/2018", TAY_NINH_CONTEST_2018, ONCE, ["2018-07-27"]),
    ("Ngày 17/7/2018 (thứ Ba)", TAY_NINH_CONTEST_2018, ONCE, ["2018-07-17"]),
    # Hà Nội: persuasion to the end of February, enforcement in March, upkeep to 1 November.
    ("Đến hết ngày 28/2", HANOI_PAVEMENTS_2023, ONCE, ["2023-02-28"]),
    ("Từ 1-31/3", HANOI_PAVEMENTS_2023, ONCE, ["2023-03-31"]),
    ("Từ 1/4-1/11", HANOI_PAVEMENTS_2023, ONCE, ["2023-11-01"]),
    ("Vào tháng 5/2023", VINH_LONG_SHOW_2023, ONCE, ["2023-05-31"]),
    # Hải Dương: the districts' assessment, their dossiers, the unions' review, the ministry.
    ("Xong trước ngày 31.7", HAI_DUONG_NEW_RURAL_2020, ONCE, ["2020-07-30"]),
    ("Trước ngày 15.9", HAI_DUONG_NEW_RURAL_2020, ONCE, ["2020-09-14"]),
    ("Trước ngày 5.10", HAI_DUONG_NEW_RURAL_2020, ONCE, ["2020-10-04"]),
    ("Trước ngày 30.11", HAI_DUONG_NEW_RURAL_2020, ONCE, ["2020-11-29"]),
]

SIXTH_SET = VACCINATION + COMMUNES + DISTRICTS + PROVINCES

# The share read right when the set was measured (see the module docstring): 41 of 43, at
# least issue 14's 95%, so the floor is 0.95.
MEASURED_SHARE = 0.95


def test_the_sixth_set_is_big_distinct_and_held_out() -> None:
    assert_big_distinct_and_held_out(SIXTH_SET, __file__, at_least=43)


def test_no_sixth_set_phrase_reads_wrong() -> None:
    assert_none_wrong(SIXTH_SET)


def test_the_sixth_set_reads_at_least_as_right_as_measured() -> None:
    assert_reads_right_at_least(SIXTH_SET, MEASURED_SHARE)
