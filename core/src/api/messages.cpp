// The message catalogue: one entry per error code, in plain words a person can act on.
// docs/errors.md lists the same codes; tests/core/error_catalogue_test.cpp keeps the two in step.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "medins/error.hpp"

namespace medins {
namespace {

struct Entry {
  std::string_view code;
  const char* zh_cn;
  const char* en;
};

constexpr Entry kCatalogue[] = {
    // The request as a whole.
    {"request.too_large", "请求内容太大，无法处理。", "The request is too large to process."},
    {"request.too_deep", "请求的层次太多（对象和列表套得太深）。",
     "The request is nested too deeply (objects and lists inside each other)."},
    {"request.malformed_json", "请求不是有效的 JSON。", "The request is not valid JSON."},
    {"request.not_object", "请求必须是一个 JSON 对象。", "The request must be a JSON object."},
    {"request.unknown_op", "不认识这项操作。", "This operation is not known."},
    {"request.missing_field", "缺少必填的内容。", "A required field is missing."},
    {"request.wrong_type", "这一项的类型不对。", "This field has the wrong type."},
    {"request.out_of_range", "这个数值超出了允许的范围。",
     "This number is outside the allowed range."},
    {"request.unknown_field", "有一项不认识的内容，请检查拼写。",
     "This field is not known; please check its spelling."},
    {"internal.error", "程序内部出错，请重试；如果仍然出错，请报告这个问题。",
     "Something went wrong inside the program. Please try again, and report it if it happens "
     "again."},
    {"vocabulary.invalid", "基本词汇数据有误。", "The vocabulary data is broken."},
    // Front ends.
    {"batch.bad_line", "这一行不是有效的 JSON。", "This line is not valid JSON."},
    {"batch.bad_record", "这一行应是 {\"op\": ..., \"request\": {...}}，且只有这两项。",
     "This line must be {\"op\": ..., \"request\": {...}} with nothing else."},
    {"qr.image_unreadable", "无法读取这个图片文件（支持 PNG 和 JPEG）。",
     "This image file cannot be read (PNG and JPEG are supported)."},
    {"qr.not_found", "图片里没有找到二维码，请拍得更清楚、更正一些再试。",
     "No QR code was found in the image; try a sharper, straighter picture."},
    {"qr.too_long", "内容太长，放不进一个二维码。", "The text is too long for one QR code."},
    {"qr.image_unwritable", "无法写入图片文件。", "The image file cannot be written."},
    {"input.unreadable", "无法读取输入文件。", "The input file cannot be read."},
    // Regions.
    {"region.bad_code", "地区代码应为6位数字。", "A region code has 6 digits."},
    {"region.unknown", "查不到这个地区代码。", "This region code is not known."},
    {"region.empty_query", "请输入地名、拼音或拼音首字母。",
     "Please type a place name, its pinyin or the pinyin initials."},
    {"region.query_too_long", "输入的内容太长。", "The search text is too long."},
    // Institution codes.
    {"institution.empty", "请填写机构编码。", "Please enter the institution code."},
    {"institution.wrong_length", "医保机构编码应为12位，例如 H11010500001。",
     "An institution code has 12 characters, for example H11010500001."},
    {"institution.bad_kind", "医保机构编码应以 H（医疗机构）或 P（零售药店）开头。",
     "An institution code starts with H (hospital or clinic) or P (retail pharmacy)."},
    {"institution.bad_character", "医保机构编码的字母后面应是11位数字。",
     "The letter of an institution code is followed by 11 digits."},
    // Designated-institution lists (docs/institutions-format.md).
    {"institutions.too_large", "定点机构名单文件太大。", "The institution list file is too large."},
    {"institutions.malformed_json", "定点机构名单文件不是有效的 JSON。",
     "The institution list file is not valid JSON."},
    {"institutions.wrong_type", "名单中这一项的类型不对。",
     "This field of the list has the wrong type."},
    {"institutions.missing_field", "名单缺少必填的一项。",
     "A required field of the list is missing."},
    {"institutions.unknown_field", "名单中有一项不认识的内容，请检查拼写。",
     "This field of the list is not known; please check its spelling."},
    {"institutions.unsupported_format",
     "不是支持的名单格式（format 应为 \"medins-institutions\"，version 应为 1）。",
     "This is not a supported list format (format must be \"medins-institutions\", version 1)."},
    {"institutions.too_many", "名单里的机构太多。", "The list has too many institutions."},
    {"institutions.too_many_items", "这个列表的项数太多。", "This list has too many items."},
    {"institutions.empty_text", "这一项不能是空的。", "This field must not be empty."},
    {"institutions.text_too_long", "这一项的文字太长。", "This text is too long."},
    {"institutions.more_errors", "问题太多，只列出了前面的一部分；请先改正这些。",
     "There are too many problems; only the first ones are listed. Please fix these first."},
    {"institutions.duplicate_code", "名单里已经有这个机构编码。",
     "This institution code is already in the list."},
    {"institutions.unknown_kind", "机构类别应为 hospital（医疗机构）或 pharmacy（零售药店）。",
     "The institution kind must be hospital (medical institution) or pharmacy (retail pharmacy)."},
    {"institutions.kind_code_mismatch",
     "机构类别与编码不符：H 开头的是医疗机构（hospital），P 开头的是零售药店（pharmacy）。",
     "The kind does not match the code: H codes are medical institutions (hospital), P codes are "
     "retail pharmacies (pharmacy)."},
    {"institutions.region_code_mismatch", "所在地区与机构编码里的省份不一致。",
     "The region is not in the province the institution code names."},
    {"institutions.outside_mainland", "香港、澳门和台湾的机构不在内地基本医疗保险的定点范围内。",
     "Institutions in Hong Kong, Macao and Taiwan are outside the mainland's basic medical "
     "insurance."},
    {"institutions.unknown_level", "机构等级应为 1、2 或 3（一级、二级、三级）。",
     "The institution level must be 1, 2 or 3."},
    {"institutions.level_not_for_pharmacy", "零售药店没有医院等级，请去掉 level。",
     "Retail pharmacies have no hospital level; please remove level."},
    {"institutions.bad_networked", "联网状态应为 true、false 或 \"unknown\"。",
     "The networked state must be true, false or \"unknown\"."},
    {"institutions.unknown_disease", "不认识这个门诊慢特病代码。",
     "This chronic or special outpatient disease code is not known."},
    {"institutions.empty_query", "请输入机构名称、拼音、拼音首字母或编码。",
     "Please type an institution's name, its pinyin, the initials or its code."},
    {"institutions.query_too_long", "输入的内容太长。", "The search text is too long."},
    {"institutions.none_loaded", "还没有载入定点机构名单；请在请求里附上名单（institutions）。",
     "No institution list is loaded; include one in the request (institutions)."},
    // Money.
    {"money.empty", "请填写金额。", "Please enter an amount."},
    {"money.bad_format", "金额格式不对，请只填数字，例如 1234.50。",
     "The amount is not in a form we can read. Use digits only, for example 1234.50."},
    {"money.bad_grouping", "千位分隔符的位置不对，例如应写成 1,234.50。",
     "The thousands separators are in the wrong places; write for example 1,234.50."},
    {"money.too_precise", "金额最多精确到分（小数点后两位）。",
     "Amounts go down to the fen: at most two digits after the decimal point."},
    {"money.overflow", "金额太大，超出了可以计算的范围。", "The amount is too large to calculate."},
    // Policy data (docs/policy-format.md): files, user-entered policies, lookups.
    {"policy.malformed_json", "政策文件不是有效的 JSON。", "The policy file is not valid JSON."},
    {"policy.wrong_type", "政策数据中这一项的类型不对。", "This policy field has the wrong type."},
    {"policy.missing_field", "政策数据缺少必填的一项。", "A required policy field is missing."},
    {"policy.unknown_field", "政策数据中有一项不认识的内容，请检查拼写。",
     "This policy field is not known; please check its spelling."},
    {"policy.unsupported_format", "不支持这个政策文件格式版本（应为 1）。",
     "This policy file format version is not supported (it must be 1)."},
    {"policy.bad_region", "地区代码应为6位数字，前两位是省级代码，例如 110000。",
     "The region code must be 6 digits starting with a province code, for example 110000."},
    {"policy.unknown_scheme", "险种应为 employee（职工医保）或 resident（城乡居民医保）。",
     "The scheme must be employee (职工医保) or resident (城乡居民医保)."},
    {"policy.missing_source", "政策数据必须注明来源（标题、网址、发布日期）。",
     "Policy data must name its source (title, address, publication date)."},
    {"policy.unknown_source",
     "这个来源编号不在 medins 的来源列表中；请核对编号，或直接写出来源（标题、网址、发布日期）。",
     "This source id is not in medins' list of sources; check the id, or write the source out "
     "(title, address, publication date)."},
    {"policy.bad_url", "来源网址应以 http:// 或 https:// 开头。",
     "The source address must start with http:// or https://."},
    {"policy.bad_confidence", "可信度应为 high、medium 或 low。",
     "Confidence must be high, medium or low."},
    {"policy.unsourced_not_low", "没有公开来源网址的数据，可信度只能标为 low。",
     "A figure without a public source address can only be marked low confidence."},
    {"policy.empty", "这里不能为空，至少要有一项。",
     "This cannot be empty; it needs at least one entry."},
    {"policy.conflicting_fields", "这一项与同级的另一项冲突，只能二选一。",
     "This field conflicts with another one beside it; use only one of them."},
    {"policy.unknown_level", "医疗机构级别应为 1、2、3、3_city、3_provincial 或 any。",
     "The institution level must be 1, 2, 3, 3_city, 3_provincial or any."},
    {"policy.unknown_employment", "人员类别应为 working（在职）、retired（退休）或 all。",
     "The employment status must be working, retired or all."},
    {"policy.unknown_filing_category", "不认识这个备案类别。",
     "This filing category is not known."},
    {"policy.negative_money", "金额不能为负数。", "An amount cannot be negative."},
    {"policy.money_too_large", "金额大得不合理（超过100亿元），请检查是否多写了位数。",
     "The amount is implausibly large (over 10 billion yuan); check for extra digits."},
    {"policy.ratio_out_of_range", "比例应在 0 到 10000 基点之间（10000 = 100%）。",
     "A ratio must be between 0 and 10000 basis points (10000 = 100%)."},
    {"policy.bands_gap", "分段之间有空档：每一段应从上一段的终点开始，第一段从0开始。",
     "There is a gap between bands: each band starts where the previous one ends, the first at 0."},
    {"policy.bands_overlap", "分段有重叠：这一段的起点早于上一段的终点。",
     "Bands overlap: this band starts before the previous one ends."},
    {"policy.bands_not_increasing", "分段金额应逐段递增：终点大于起点，各段从低到高排列。",
     "Band amounts must increase: each band ends above its start, and bands go from low to high."},
    {"policy.bands_open_before_last", "只有最后一段可以没有终点（null）。",
     "Only the last band may be open-ended (null)."},
    {"policy.bands_last_closed", "最后一段的终点应为 null（以上不限），封顶线另外填写。",
     "The last band must be open-ended (null); caps are written separately."},
    {"policy.dates_reversed", "结束日期早于开始日期。", "The end date is before the start date."},
    {"policy.versions_out_of_order",
     "各版本应按开始日期从早到晚排列；只有第一个版本可以没有开始日期。",
     "Versions must be in order of their start dates; only the first may have an unknown start."},
    {"policy.overlapping_versions", "这个版本的生效期与上一个版本重叠。",
     "This version's dates overlap those of the previous version."},
    {"policy.age_out_of_range", "年龄应为0到150之间的整数。",
     "An age must be a whole number from 0 to 150."},
    {"policy.age_steps_not_increasing", "各年龄档应按年龄从小到大排列，且不能重复。",
     "Age steps must go from younger to older, each age once."},
    {"policy.unknown_bands_from", "分段起点应为 zero（从0算起）或 threshold（从起付标准算起）。",
     "bands_from must be zero (bands counted from 0) or threshold (counted from the threshold)."},
    {"policy.unknown_layer_base",
     "大病保险的计算基数应为 person_share（个人负担的政策范围内费用）或 "
     "above_fund（基本医保不再支付的费用）。",
     "The layer's base must be person_share (the in-scope amount the person pays) or above_fund "
     "(the in-scope spending the basic fund no longer pays)."},
    {"policy.unknown_date_confirmed", "开始日期不明时，不能标记为日期已核实。",
     "Dates cannot be marked confirmed while the start date is unknown."},
    {"policy.file_mismatch", "政策文件的位置与其中的地区或险种不符。",
     "The policy file's place does not match its region or scheme."},
    {"policy.not_found", "还没有这个地区和险种的政策数据，请手动填写政策参数。",
     "There is no policy data for this region and scheme yet; please enter the figures yourself."},
    {"policy.no_version_on_date", "这一天没有生效的政策版本。",
     "No version of this policy is in force on that day."},
    // Expense estimate (estimate op, docs/estimate.md).
    {"estimate.too_many_lines", "费用明细的行数太多。", "The bill has too many lines."},
    {"estimate.unknown_terms", "这项政策缺少计算所需的数据，请补充后再估算。",
     "The policy lacks a figure the estimate needs; please supply it."},
    {"estimate.no_class_b_ratio",
     "乙类费用需要先行自付比例：请在这一行填写，或使用写明该比例的政策。",
     "A class-B amount needs its first-paid share: give it here, or use a policy that states it."},
    {"estimate.policy_not_in_force", "这一天没有生效的政策版本，无法估算。",
     "No version of the policy is in force on that day, so there is nothing to estimate with."},
    {"estimate.discharge_before_admission", "出院日期早于入院日期。",
     "The discharge date is before the admission date."},
    {"estimate.unknown_employment", "人员状态应为 working（在职）或 retired（退休）。",
     "The employment status must be working or retired."},
    {"estimate.unknown_filing_category", "不认识这个备案类别；没有备案请填 none。",
     "This filing category is not known; use none when there is no filing."},
    {"estimate.unknown_level",
     "医院级别应为 1、2、3，或政策所分的三级医院类别（3_city 市属三级、3_provincial 省属三级）。",
     "The hospital level must be 1, 2, 3, or a tier-3 kind the policy names (3_city, "
     "3_provincial)."},
    {"estimate.age_and_birth_date", "请只填写年龄或出生日期中的一项：两者可能不一致。",
     "Give either the age or the birth date, not both: they could disagree."},
    {"estimate.born_after_visit", "出生日期晚于就医日期。",
     "The birth date is after the day of care."},
    {"estimate.unknown_setting",
     "就医类型应为 inpatient（住院）、outpatient（普通门诊）或 chronic_outpatient（门诊慢特病）。",
     "The setting must be inpatient, outpatient or chronic_outpatient."},
    {"estimate.unknown_class", "费用类别应为 A（甲类）、B（乙类）或 C（丙类或目录外）。",
     "The class must be A (甲类), B (乙类) or C (丙类 or outside the catalogues)."},
    {"estimate.self_ratio_not_class_b", "先行自付比例只用于乙类费用。",
     "A first-paid share applies to class-B amounts only."},
    {"estimate.lines_and_totals", "费用明细和各类合计只能提供一种，以免互相矛盾。",
     "Give either the bill's lines or its totals per class, not both: they could disagree."},
    {"estimate.year_to_date_inconsistent",
     "本年累计数据前后矛盾：这一项不能大于它所属的累计合规费用。",
     "The year's running totals disagree: this figure cannot exceed the total it is part of."},
    {"estimate.bad_policy_id", "政策编号应写成 地区代码/险种，例如 110000/employee。",
     "A policy id is region/scheme, for example 110000/employee."},
    {"estimate.scheme_mismatch", "所选政策的险种与参保人的险种不同。",
     "The policy is for another scheme than the person's."},
    {"estimate.region_mismatch", "所选政策不是参保地（或其所在市、省）的政策。",
     "The policy is not the insured place's (nor its prefecture's or province's)."},
    {"estimate.cut_above_national_bound",
     "注意：政策规定的降低比例超过了全国规定的上限，请核对政策数据。",
     "Note: the policy cuts the ratio by more than the national rule allows; check the policy "
     "data."},
    {"estimate.cap_unknown", "注意：政策没有最高支付限额的数据，估算未封顶。",
     "Note: the policy holds no cap for this, so the estimate applies none."},
    {"estimate.filed_after_discharge",
     "注意：备案日期晚于出院日期，可能无法直接结算，需要回参保地手工报销。",
     "Note: the filing is dated after discharge; direct settlement may not apply, and the costs "
     "may have to be claimed back manually at the insured place."},
    {"estimate.account_balance_out_of_range",
     "账户余额应在0到1,000,000元之间；请按元填写，不要带负号。",
     "An account balance is between 0 and 1,000,000 yuan; give it in yuan, without a minus sign."},
    {"estimate.account_not_in_scheme",
     "城乡居民医保没有个人账户；如果是家人的职工医保账户帮您付，请填在“家庭共济”里。",
     "The residents' scheme has no personal account; if a family member's employee account pays "
     "for you, give it under family mutual aid."},
    {"estimate.family_aid_payer_is_patient",
     "家庭共济是家人的账户为您付钱；用您自己的账户，请填在“个人账户余额”里。",
     "Family mutual aid is a family member's account paying for you; for your own account, give "
     "your account balance instead."},
    {"estimate.unknown_family_relation", "家庭共济只能由配偶、父母或子女的账户支付。",
     "Family mutual aid can only come from a spouse's, a parent's or a child's account."},
    // The personal ledger (ledger.summarize, docs/ledger.md).
    {"ledger.slip_parts_mismatch", "结算单的数字对不上：各部分之和不等于医疗费总额，请核对。",
     "The slip's figures do not add up: the parts are not the total. Please check them."},
    {"ledger.slip_payers_mismatch", "结算单的数字对不上：各方支付之和不等于医疗费总额，请核对。",
     "The slip's figures do not add up: what each payer paid is not the total. Please check."},
    {"ledger.slip_part_too_large", "结算单的这个数字比它所属的金额还大，请核对。",
     "This figure of the slip is larger than the amount it is part of. Please check it."},
    {"ledger.date_after_as_of", "这个日期在今天之后。", "This date is after today."},
    {"ledger.duplicate_id", "有两条记录用了同一个编号。", "Two entries have the same id."},
    {"ledger.too_many_entries", "记录太多。", "There are too many entries."},
    {"ledger.claim_unknown_stage",
     "申请进度应为 "
     "prepared（准备中）、submitted（已提交）、under_review（审核中）、paid（已支付）或 "
     "refused（未通过）。",
     "The claim's stage must be prepared, submitted, under_review, paid or refused."},
    // The e-voucher help: voucher.guide, voucher.face_check and data/voucher/ (docs/voucher.md).
    {"voucher.rules_invalid", "医保电子凭证帮助的数据有误。",
     "The data of the e-voucher help is broken."},
    {"voucher.unknown_section", "没有这一部分；请从本程序列出的部分中选择。",
     "There is no such part; choose one of the parts medins lists."},
    {"voucher.unknown_question", "不认识这个问题；请只回答本程序问过的问题。",
     "This question is not known; answer only the questions medins asks."},
    {"voucher.bad_answer", "回答只能是“是”“否”或“不知道”。",
     "The answer can only be yes, no or don't know."},
    {"ledger.claim_bad_transition",
     "申请进度不能这样变：准备中 → 已提交 → 审核中 → 已支付或未通过，之后不能再变。",
     "The claim cannot move this way: prepared → submitted → under review → paid or refused, "
     "and nothing after that."},
    {"ledger.claim_date_backwards", "这一步的日期早于上一步。",
     "This step is dated before the one before it."},
    {"ledger.claim_amount_inconsistent", "申请的支付金额不对。",
     "The claim's amount paid is not right."},
    // Eligibility (资格判断): eligibility.check and data/eligibility/.
    {"eligibility.rules_invalid", "资格判断规则数据有误。",
     "The eligibility rules data is broken."},
    {"eligibility.unknown_visit_type",
     "就医类型应为 "
     "inpatient（住院）、general_outpatient（普通门诊）、chronic_outpatient（门诊慢特病）、"
     "pharmacy（药店购药）或 emergency（急诊抢救）。",
     "The visit type must be inpatient, general_outpatient, chronic_outpatient, pharmacy or "
     "emergency."},
    {"eligibility.unknown_disease", "不认识这个门诊慢特病病种；不在列表中的病种请选 other。",
     "This chronic/special outpatient disease is not known; choose other for a disease not in "
     "the list."},
    {"eligibility.field_not_for_visit", "这一项不适用于这种就医类型。",
     "This field does not apply to this type of visit."},
    {"eligibility.visit_dates_conflict",
     "急诊只填一个日期：住院的填入院日期，没有住院的填就诊日期。",
     "Give one date for an emergency: the admission day if you were admitted, else the visit "
     "day."},
    {"eligibility.dates_reversed", "结束日期早于开始日期。",
     "The end date is before the start date."},
    {"eligibility.unknown_institution_kind",
     "机构类型应为 hospital（医疗机构）或 pharmacy（零售药店）。",
     "The institution kind must be hospital or pharmacy."},
    {"eligibility.kind_mismatch", "药店购药应选药店，其他就医应选医疗机构。",
     "A pharmacy purchase is at a pharmacy; every other visit is at a hospital or clinic."},
    {"eligibility.unknown_level", "医疗机构级别应为 1、2 或 3。",
     "The institution level must be 1, 2 or 3."},
    {"eligibility.deadline_rule_conflict",
     "报销期限请只填一种：出院后几个月（months），或出院后第几年年底（year_end_plus）。",
     "Give the claim deadline one way only: months after discharge, or the end of a year after "
     "it (year_end_plus)."},
    // Why direct settlement failed: eligibility.why_failed and data/eligibility/why_failed.json.
    {"eligibility.why_failed_rules_invalid", "直接结算失败原因树的数据有误。",
     "The data of the settlement-failure reason tree is broken."},
    {"eligibility.unknown_question", "不认识这个问题；请只回答本程序问过的问题。",
     "This question is not known; answer only the questions medins asks."},
    // Dates.
    {"date.bad_format", "日期格式不对，请写成 年-月-日，例如 2026-03-01。",
     "The date is not in the right form; write year-month-day, for example 2026-03-01."},
    {"date.invalid", "这一天在日历上不存在。", "That day does not exist in the calendar."},
    {"date.out_of_range", "日期超出了可以处理的范围（公元1年至9999年）。",
     "The date is outside the range we can handle (years 1 to 9999)."},
    // The bibliography (data/sources.json, docs/sources.md) every rule file and policy cites.
    {"sources.invalid", "来源列表数据有误。", "The list of sources is broken."},
    // Filing (异地就医备案): filing.plan, filing.validate and the shipped rules.
    {"filing.rules_invalid", "备案规则数据有误。", "The filing rules data is broken."},
    {"filing.unknown_employment", "人员状态应为 working（在职）或 retired（退休）。",
     "The employment status must be working or retired."},
    {"filing.missing_reason", "请说明去外地就医的原因：选择一个备案类别，或回答几个问题。",
     "Please say why you are going: choose a filing category or answer the questions."},
    {"filing.reason_and_facts", "备案类别和问题的回答只能提供一种，以免互相矛盾。",
     "Give either the filing category or the answers to the questions, not both: they could "
     "disagree."},
    {"filing.unknown_category", "不认识这个备案类别。", "This filing category is not known."},
    {"filing.category_not_for_person", "这个备案类别不适用于您的情况。",
     "This filing category does not apply to you."},
    {"filing.same_city", "就医地和参保地是同一个城市，不属于异地就医，不需要备案。",
     "The destination is in the same city as the insured place: that is not care elsewhere, "
     "and no filing is needed."},
    {"filing.outside_mainland",
     "香港、澳门和台湾不在内地基本医疗保险异地就医范围内，无法办理备案。",
     "Hong Kong, Macao and Taiwan are outside the mainland's cross-region care scheme; there is "
     "no filing for them."},
    {"filing.start_too_early",
     "开始日期早于今天一年以上。备案针对正在或即将发生的就医；已经自费的费用请按手工报销办理。",
     "The start date is more than a year before today. Filing is for care now or to come; for "
     "costs already paid, claim them back manually."},
    {"filing.start_too_late",
     "开始日期离今天超过两年，请检查年份是不是填错了。备案是为马上或不久要看病办的。",
     "The start date is more than two years from today: please check the year. A filing is for "
     "care "
     "now or soon."},
    {"filing.living_since_too_late",
     "这个日子离今天超过一年，请检查年份是不是填错了。还没有搬过去的，填一年以内打算搬过去的日子。",
     "This day is more than a year from today: please check the year. If you have not moved yet, "
     "enter the day you plan to move, within a year."},
    {"filing.living_since_too_early", "这个日子太早了，请检查年份是不是填错了。",
     "This day is too long ago: please check the year."},
    {"filing.living_since_and_days", "开始居住的日子和居住天数只能给一个：两个可能对不上。",
     "Give either the day you started living there or the number of days, not both: they could "
     "disagree."},
    {"filing.name_empty", "请填写姓名。", "Please enter your name."},
    {"filing.name_too_long", "姓名最多20个字。", "A name can have at most 20 characters."},
    {"filing.name_bad_character", "姓名只能包含文字、空格和·.-'，不能有数字、表情符号或其他符号。",
     "A name can contain letters, spaces and · . - ' only: no digits, emoji or other signs."},
    {"filing.address_empty", "请填写联系地址。", "Please enter a contact address."},
    {"filing.address_too_long", "联系地址最多50个字。",
     "A contact address can have at most 50 characters."},
    {"filing.reason_too_long", "备案原因最多30个字。",
     "The reason can have at most 30 characters."},
    {"filing.text_bad_character", "这里有表情符号、控制字符或乱码，请去掉后重新输入。",
     "This contains emoji, control characters or broken text; please type it again without them."},
    // Mobile numbers (mainland).
    {"mobile.empty", "请填写手机号码。", "Please enter a mobile number."},
    {"mobile.bad_format", "手机号码应为11位数字，以13到19开头，例如 13800138000。",
     "A mainland mobile number has 11 digits and starts with 13 to 19, for example 13800138000."},
    // The filing summary QR payload (docs/filing-qr.md).
    {"qr.bad_prefix", "这不是 medins 的备案摘要二维码。",
     "This is not a medins filing summary QR code."},
    {"qr.unsupported_version", "这个二维码的格式版本太新或不认识，请更新 medins。",
     "This QR code's format version is not supported; please update medins."},
    {"qr.bad_checksum", "二维码内容已损坏或被改动（校验码对不上），请重新扫描或重新生成。",
     "The QR content is damaged or was changed (the checksum does not match); scan it again or "
     "make a new one."},
    {"qr.bad_encoding", "二维码内容的编码不对，无法读取。",
     "The QR content is not encoded correctly and cannot be read."},
    // Case files (docs/case-file.md): the page's export and import, checked by case.check.
    {"case.too_large", "文件太大，不是 medins 导出的资料文件。",
     "The file is too large to be a case file exported by medins."},
    {"case.malformed_json", "文件已损坏或不是 medins 导出的资料文件（不是有效的 JSON）。",
     "The file is damaged or is not a case file exported by medins (it is not valid JSON)."},
    {"case.not_object", "文件内容不是 medins 的资料文件。",
     "The file's content is not a medins case file."},
    {"case.unknown_format", "这不是 medins 导出的资料文件。",
     "This is not a case file exported by medins."},
    {"case.unsupported_version", "这个资料文件的格式版本太新或不认识，请更新 medins 后再导入。",
     "This case file's format version is not supported; update medins and import it again."},
    {"case.bad_saved_at", "导出时间的格式不对（应像 2026-11-25T08:30:00Z）。",
     "The export time is not in the right form (it should look like 2026-11-25T08:30:00Z)."},
    {"case.too_many_entries", "文件里保存的项目太多。", "The file holds too many entries."},
    {"case.bad_key", "文件里有一项的名称不对（应以 medins. 开头，只含字母、数字、_ - .）。",
     "An entry's name is wrong (it must start with medins. and hold only letters, digits, _ - "
     "and .)."},
    {"case.value_too_long", "文件里有一项的内容太长。", "An entry's value is too long."},
    {"case.bad_value", "文件里有一项的内容不对，可能被改动过。",
     "An entry's value is wrong; the file may have been changed."},
    {"case.unsupported_algorithm", "加密文件使用了不支持的算法。",
     "The encrypted file uses an algorithm that is not supported."},
    {"case.bad_iterations", "加密文件的密钥迭代次数不在允许的范围内。",
     "The encrypted file's key iteration count is outside the allowed range."},
    {"case.bad_base64", "加密文件里这一项的编码不对（应是 Base64），文件可能已损坏。",
     "This part of the encrypted file is not valid Base64; the file may be damaged."},
    {"case.bad_length", "加密文件里这一项的长度不对，文件可能已损坏。",
     "This part of the encrypted file has the wrong length; the file may be damaged."},
    // Resident identity card numbers (GB 11643).
    {"id.empty", "请填写身份证号码。", "Please enter the ID card number."},
    {"id.wrong_length", "身份证号码应为18位。", "A resident ID card number has 18 characters."},
    {"id.bad_character", "身份证号码前17位只能是数字，最后一位是数字或字母X。",
     "The first 17 characters must be digits; the last is a digit or the letter X."},
    {"id.bad_checksum", "身份证号码的最后一位（校验码）对不上，可能有一位填错了，请逐位核对。",
     "The last character (the check digit) does not match; one character is probably wrong. "
     "Please check each one."},
    {"id.bad_birth_date", "身份证号码中的出生日期（第7到14位）不是真实的日期。",
     "The date of birth in the number (characters 7 to 14) is not a real date."},
    {"id.birth_in_future", "身份证号码中的出生日期晚于今天，请核对。",
     "The date of birth in the number is after today; please check it."},
    {"id.unknown_region", "身份证号码前6位的地区代码查不到，可能有一位填错了。",
     "The region code in the first 6 characters is not a known place; a digit may be wrong."},
    {"id.bad_region", "身份证号码前6位的地区代码格式不对。",
     "The region code in the first 6 characters is not in a valid form."},
};

constexpr std::size_t kEntries = sizeof(kCatalogue) / sizeof(kCatalogue[0]);

// The catalogue's entries in code order, worked out by the compiler (an insertion sort: the
// catalogue stays grouped by subject for the people who edit it). Every warning and error an
// answer carries is looked up here, so a lookup is a binary search rather than a walk past up
// to 193 codes; the build fails if two entries share a code.
struct CodeOrder {
  std::uint16_t at[kEntries];
};

constexpr CodeOrder code_order() {
  CodeOrder order{};
  for (std::size_t i = 0; i < kEntries; ++i) {
    std::size_t j = i;
    while (j > 0 && kCatalogue[i].code < kCatalogue[order.at[j - 1]].code) {
      order.at[j] = order.at[j - 1];
      --j;
    }
    order.at[j] = static_cast<std::uint16_t>(i);
  }
  return order;
}

constexpr CodeOrder kCodeOrder = code_order();

constexpr bool codes_unique() {
  for (std::size_t i = 1; i < kEntries; ++i) {
    if (kCatalogue[kCodeOrder.at[i - 1]].code == kCatalogue[kCodeOrder.at[i]].code) return false;
  }
  return true;
}
static_assert(codes_unique(), "two catalogue entries share a code");

const Entry* find(std::string_view code) {
  std::size_t low = 0;
  std::size_t high = kEntries;
  while (low < high) {
    const std::size_t mid = low + (high - low) / 2;
    const Entry& e = kCatalogue[kCodeOrder.at[mid]];
    if (e.code < code) {
      low = mid + 1;
    } else if (code < e.code) {
      high = mid;
    } else {
      return &e;
    }
  }
  return nullptr;
}

}  // namespace

bool is_known_error_code(const std::string& code) {
  return find(code) != nullptr;
}

std::vector<std::string> error_codes() {
  std::vector<std::string> codes;
  for (const Entry& e : kCatalogue) codes.emplace_back(e.code);
  return codes;
}

Error make_error(const std::string& code, std::string path) {
  if (const Entry* e = find(code)) return Error{code, std::move(path), e->zh_cn, e->en};
  // A code missing from the catalogue is a programming error; say so rather than show nothing.
  // The catalogue test fails the build's tests before this can ship.
  return Error{code, std::move(path), "程序内部出错（未知错误代码 " + code + "）。",
               "Internal error (unknown error code " + code + ")."};
}

Error make_error(const std::string& code, std::string path, const std::string& detail_zh,
                 const std::string& detail_en) {
  Error e = make_error(code, std::move(path));
  e.zh_cn += detail_zh;
  e.en += " " + detail_en;
  return e;
}

}  // namespace medins
