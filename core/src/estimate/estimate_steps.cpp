// The catalogue of the estimate's sentences. A fragment (named so in estimate_steps.hpp) is a
// piece another template takes in a slot; it carries its own punctuation and spacing, so the
// slot it fills sits directly against the text around it.
#include "estimate/estimate_steps.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <set>
#include <utility>

#include "common/json_writer.hpp"

namespace medins {
namespace {

// In the order of StepText (the static_assert below keeps it so).
constexpr StepTemplate kTemplates[] = {
    {StepText::kTotal, "医疗费用总额{total}元。", "The bill totals {total} yuan."},
    {StepText::kClassC, "丙类及目录外费用{amount}元，全部由个人自付。",
     "Class C and items outside the catalogues: {amount} yuan, all paid by the person."},
    {StepText::kTerms,
     "参保地政策：{setting}，{level}医疗机构，{employment}{province}。目录（甲类、乙类、丙类）按"
     "就医地。",
     "Insured-place terms: {setting}, {level} hospitals, {employment}{province}. The catalogue "
     "classes (A, B, C) are the treatment place's."},
    {StepText::kTermsOutOfProvince, "；跨省异地就医，执行参保地规定的省外就医标准",
     "; care in another province, so the insured place's out-of-province terms apply"},
    {StepText::kTermsNoOutOfProvince,
     "；跨省异地就医，政策没有适用于这一备案类别的省外标准，按上述标准计算",
     "; care in another province, and the policy has no out-of-province terms for this filing "
     "category, so these terms apply"},
    {StepText::kFilingNotAway, "就医地与参保地在同一统筹地区，不属于异地就医，不涉及备案降低比例。",
     "The care is in the insured place's own city: not care elsewhere, so no filing cut "
     "applies."},
    {StepText::kFilingLongTerm,
     "备案类别：{category}。长期异地居住人员执行参保地同等待遇，不降低比例。",
     "Filing category: {category}. Long-term filers get the same ratios as at home: no cut."},
    {StepText::kFilingOwnTerms,
     "备案类别：{category}。所用的省外标准就是政策为这一类别规定的标准，不再另行降低。",
     "Filing category: {category}. The out-of-province terms used are the ones the policy sets "
     "for this category; no further cut."},
    {StepText::kFilingCut, "备案类别：{category}。{cut}{self_first}{terms_level}",
     "Filing category: {category}.{cut}{self_first}{terms_level}"},
    {StepText::kFilingCutRatio, "各段支付比例降低{points}个百分点（最低为0）。",
     " Each band's fund ratio is cut by {points} points (not below 0)."},
    {StepText::kFilingCutSelfFirst, "政策范围内费用先由个人自付{share}。",
     " The person first pays {share} of the in-scope amount."},
    {StepText::kClassBSelf,
     "{name}（乙类）{amount}元×先行自付{ratio}={self}元（四舍五入到分），由个人自付。",
     "{name} (class B): {amount} yuan × {ratio} first paid by the person = {self} yuan (rounded "
     "half up to the fen)."},
    {StepText::kClassBUnnamed, "乙类", "class B"},
    {StepText::kBillSource, "费用清单上的乙类先行自付比例（请求中提供）",
     "the class-B first-paid share given on the bill (in the request)"},
    {StepText::kInScope,
     "政策范围内费用：甲类{class_a}元+乙类{class_b}元−乙类先行自付{class_b_self}元={in_scope}"
     "元。",
     "In scope: class A {class_a} + class B {class_b} − class-B first-paid {class_b_self} = "
     "{in_scope} yuan."},
    {StepText::kFilingSelfFirst,
     "{in_scope}元×{share}={amount}元（四舍五入到分），因备案类别先由个人自付。",
     "{in_scope} × {share} = {amount} yuan (rounded half up to the fen), first paid by the "
     "person because of the filing category."},
    {StepText::kDeductible, "{due}{limit}；本次由个人支付起付标准{amount}元。",
     "{due}{limit}; the person pays {amount} yuan of deductible on this bill."},
    {StepText::kDeductibleAdmission, "本年第{nth}次住院，起付标准{due}元",
     "Admission {nth} of the year: the deductible is {due} yuan"},
    {StepText::kDeductibleOutpatient,
     "门诊年度起付标准{deductible}元，本年已付{paid}元，还需{due}元",
     "The yearly outpatient deductible is {deductible} yuan, {paid} yuan already paid this "
     "year, {due} yuan still due"},
    {StepText::kDeductibleYearLimit,
     "；本年起付标准累计最多{max}元，已付{paid}元，本次最多{left}元",
     "; deductibles stop at {max} yuan a year, {paid} yuan already paid, so at most {left} yuan "
     "now"},
    {StepText::kAnnualCap,
     "统筹基金年度最高支付限额{cap}元，本年已支付{paid}元，还可支付{remaining}元。",
     "The fund pays at most {cap} yuan a year; it paid {paid} yuan so far, so {remaining} yuan "
     "remain."},
    {StepText::kAnnualCapUnknown,
     "这项政策没有统筹基金年度最高支付限额的数据，本估算没有封顶；累计费用很高时实际基金支付可"
     "能更少。",
     "The policy holds no annual cap for the fund, so this estimate applies none; with very high "
     "spending the fund may in fact pay less."},
    {StepText::kBand,
     "累计{from}元至{to}元这一段{amount}元×{ratio}={paid}元（四舍五入到分），由{payer}支付。",
     "Cumulative {from} to {to} yuan: {amount} yuan × {ratio} = {paid} yuan (rounded half up to "
     "the fen), paid by {payer}."},
    {StepText::kBandReachesCap,
     "累计{from}元至{to}元这一段{amount}元；其中{within}元×{ratio}={paid}元（四舍五入到分）由"
     "{payer}支付，已达最高支付限额，其余{above}元超出限额。",
     "Cumulative {from} to {to} yuan: {amount} yuan; {within} × {ratio} = {paid} yuan (rounded "
     "half up to the fen) paid by {payer}, which then reaches its cap; the other {above} yuan is "
     "above the cap."},
    {StepText::kBandCutRatio, "（{band}−{cut}个百分点={ratio}）",
     "({band} − {cut} points = {ratio})"},
    {StepText::kFundPayer, "统筹基金", "the fund"},
    {StepText::kCoinsurance, "各段中统筹基金不支付的部分{amount}元由个人负担。",
     "The part of each band the fund does not pay, {amount} yuan, is the person's."},
    {StepText::kOverCap, "超过统筹基金年度最高支付限额的政策范围内费用{amount}元由个人负担。",
     "In-scope spending after the fund reached its annual cap, {amount} yuan, is the person's."},
    {StepText::kFund, "统筹基金支付{amount}元。", "The fund pays {amount} yuan."},
    {StepText::kResidentLayer, "大病保险", "critical-illness insurance"},
    {StepText::kEmployeeLayer, "大额医疗费用补助", "the large-expense supplement"},
    {StepText::kLayerNoFigures, "这项政策没有{layer}的数据，未计算这一层，实际个人负担可能更低。",
     "The policy holds no figures for {layer}, so that layer is not applied; the person may pay "
     "less in fact."},
    {StepText::kLayerMissing,
     "政策没有给出{layer}的{missing}，未计算这一层，实际个人负担可能更低。",
     "The policy does not give the {missing} of {layer}, so that layer is not applied; the "
     "person may pay less in fact."},
    {StepText::kLayerMissingThreshold, "起付线", "threshold"},
    {StepText::kLayerMissingRatios, "支付比例", "ratios"},
    {StepText::kLayerMissingThresholdAndRatios, "起付线和支付比例", "threshold and ratios"},
    {StepText::kResidentLayerBase,
     "{layer}的计算基数：本次个人负担的政策范围内费用{base}元，本年此前累计{before}元，起付线"
     "{threshold}元。",
     "The base of {layer}: the in-scope amount the person bears on this bill, {base} yuan, after "
     "{before} yuan earlier this year; its threshold is {threshold} yuan."},
    {StepText::kEmployeeLayerBase,
     "{layer}的计算基数：本次超过统筹基金最高支付限额的政策范围内费用{base}元，本年此前累计"
     "{before}元，起付线{threshold}元。",
     "The base of {layer}: the in-scope spending above the basic fund's cap on this bill, {base} "
     "yuan, after {before} yuan earlier this year; its threshold is {threshold} yuan."},
    {StepText::kPerson, "个人负担：{total}−{fund}−{critical_illness}={person}元。",
     "The person pays {total} − {fund} − {critical_illness} = {person} yuan."},
    {StepText::kMissingFigure, "缺少：{figure}（{where}）。", "Missing: {figure} ({where})."},
    {StepText::kMissingSettingTerms, "{setting}的待遇标准", "the terms for {setting}"},
    {StepText::kMissingLevels, "{setting}省内（非省外）就医的分级标准",
     "the terms by level for {setting} inside the province"},
    {StepText::kMissingLevelTerms, "{level}医疗机构的待遇标准", "the terms for {level} hospitals"},
    {StepText::kMissingEmploymentTerms, "{level}医疗机构{employment}的待遇标准",
     "the terms for {employment} at {level} hospitals"},
    {StepText::kMissingDeductible, "起付标准", "the deductible"},
    {StepText::kMissingBands, "统筹基金支付比例（分段）", "the fund ratio (bands)"},
    {StepText::kMissingFilingCut, "“{category}”的支付比例降幅或先行自付比例",
     "the ratio cut or extra first-paid share for \"{category}\""},
    {StepText::kEmploymentNeeded, "这项政策对在职和退休人员的标准不同，请填写 working 或 retired。",
     "This policy has different terms for working and retired members: give working or "
     "retired."},
    {StepText::kCutAboveBound,
     "（{category}：政策降低{cut}个百分点，全国规定最多{bound}个百分点；{where}）",
     "({category}: the policy cuts {cut} points, the national rule allows at most {bound}; "
     "{where})"},
    {StepText::kFundCapUnknown, "（统筹基金年度最高支付限额）", "(the basic fund's annual cap)"},
    {StepText::kLayerCapUnknown, "（{layer}）", "({layer})"},
    {StepText::kAge, "年满{age}周岁{how}：各段统筹基金支付比例增加{points}个百分点（最高100%）。",
     "Aged {age}{how}: each band's fund ratio rises by {points} points (to at most 100%)."},
    {StepText::kAgeBelowSteps,
     "年满{age}周岁{how}：未到政策提高支付比例的年龄（{first}周岁），比例不变。",
     "Aged {age}{how}: below the age from which the policy raises the ratio ({first}), so the "
     "ratio stays."},
    {StepText::kAgeFromBirthDate, "（按出生日期算到入院或就医之日）",
     " (from the birth date, on the day of admission or care)"},
    {StepText::kBandAgeRatio, "{band}+{add}个百分点", "{band} + {add} points"},
    {StepText::kFilingCutTermsLevel, "按{level}医疗机构的起付标准和支付比例计算。",
     " The deductible and ratios of {level} hospitals apply."},
    {StepText::kSpendingCeiling,
     "本年超过起付标准的政策范围内费用，统筹基金最多按{ceiling}元计算；本年此前已计{before}元，"
     "本次计入{counted}元。",
     "The fund pays on at most {ceiling} yuan a year of in-scope spending above the deductible; "
     "{before} yuan counted earlier this year, {counted} yuan on this bill."},
    {StepText::kOverCeiling,
     "超出这一费用上限的政策范围内费用{amount}元，统筹基金不支付，由个人负担。",
     "In-scope spending beyond that ceiling, {amount} yuan, is not paid by the fund: the "
     "person's."},
    {StepText::kMinShare,
     "保底报销：统筹基金至少支付{eligible}元×{share}={floor}元（四舍五入到分）；按比例计算为"
     "{fund}元，补足{topup}元{capped}，先减个人按比例负担部分，再减起付标准部分。",
     "Minimum share: the fund pays at least {eligible} × {share} = {floor} yuan (rounded half up "
     "to the fen); the bands gave {fund} yuan, so it adds {topup} yuan{capped}, taken off the "
     "person's share of the bands first, then off the deductible."},
    {StepText::kMinShareMet,
     "保底报销：统筹基金至少支付{eligible}元×{share}={floor}元（四舍五入到分）；按比例计算的"
     "{fund}元已不低于此。",
     "Minimum share: the fund pays at least {eligible} × {share} = {floor} yuan (rounded half up "
     "to the fen); the bands' {fund} yuan is not below it."},
    {StepText::kLayerNoCap, "{layer}不设年度支付上限。", "{layer} has no yearly cap."},
    {StepText::kAboveFundLayerBase,
     "{layer}的计算基数：本次统筹基金不再支付（超过最高支付限额或费用上限）的政策范围内费用"
     "{base}元，本年此前累计{before}元，起付线{threshold}元。",
     "The base of {layer}: the in-scope spending the basic fund no longer pays on this bill (above "
     "its cap or ceiling), {base} yuan, after {before} yuan earlier this year; its threshold is "
     "{threshold} yuan."},
    {StepText::kPersonShareLayerBase,
     "{layer}的计算基数：本次个人负担的政策范围内费用{base}元，本年此前累计{before}元，起付线"
     "{threshold}元。",
     "The base of {layer}: the in-scope amount the person bears on this bill, {base} yuan, after "
     "{before} yuan earlier this year; its threshold is {threshold} yuan."},
    {StepText::kAgeNeeded,
     "这项政策的支付比例随年龄变化，请填写出生日期（birth_date）或年龄（age）。",
     "This policy's ratio depends on age: give the birth date (birth_date) or the age (age)."},
    {StepText::kTierNeeded,
     "这项政策把三级医院分为市属三级（3_city）和省属三级（3_provincial），请说明是哪一种。",
     "This policy prices city-run (3_city) and province-run (3_provincial) tier-3 hospitals "
     "apart: say which one."},
    {StepText::kAssumption, "政策没有写明{figure}，这一端按{value}计算（{basis}）。",
     "The policy does not give the {figure}; this end takes {value} ({basis})."},
    {StepText::kAssumedPoints, "{points}个百分点", "{points} points"},
    {StepText::kAssumedYuan, "{amount}元", "{amount} yuan"},
    {StepText::kBasisNationalBound, "国家规定的范围是{low}到{high}",
     "the national limit is {low} to {high}"},
    {StepText::kBasisPlacesWeKnow, "本程序收录的{places}个地方中最低{low}、最高{high}",
     "among the {places} places this app knows, the lowest is {low} and the highest {high}"},
    {StepText::kBasisTypical, "公开资料中常见的范围是{low}到{high}",
     "published rules usually set {low} to {high}"},
    {StepText::kGivenFigure, "政策没有写明{figure}，按您填写的{value}计算。",
     "The policy does not give the {figure}; it is taken as the {value} you typed."},
    {StepText::kPlacesWeKnowSource,
     "本程序收录的地方政策中的最低值和最高值（{places}个地方；不是您所在地区的规定）",
     "Lowest and highest figures among the policies this app ships ({places} places; not your "
     "place's own rule)"},
    {StepText::kGivenFigureSource, "您填写的数字（来自您的通知或结算单）",
     "Your own figure (from your notice or settlement slip)"},
    {StepText::kBandAgeRaisedRatio, "（{band}+{add}个百分点={ratio}）",
     "({band} + {add} points = {ratio})"},
    {StepText::kBandCutAgeRatio, "（{band}+{add}个百分点−{cut}个百分点={ratio}）",
     "({band} + {add} points − {cut} points = {ratio})"},
    {StepText::kMinShareCapped, "（以年度最高支付限额为限）", " (as far as the annual cap allows)"},
};

constexpr bool in_order() {
  for (std::size_t i = 0; i < std::size(kTemplates); ++i) {
    if (static_cast<std::size_t>(kTemplates[i].id) != i) return false;
  }
  return std::size(kTemplates) == static_cast<std::size_t>(StepText::kCount);
}
static_assert(in_order(), "kTemplates lists every StepText once, in the enum's order");

// Whether text goes into a JSON string as it is: no quote, backslash or control character.
constexpr bool copies_into_json(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\') return false;
  }
  return true;
}

struct CopiesIntoJson {
  bool zh_cn;
  bool en;
};

constexpr std::array<CopiesIntoJson, std::size(kTemplates)> templates_copying_into_json() {
  std::array<CopiesIntoJson, std::size(kTemplates)> out{};
  for (std::size_t i = 0; i < std::size(kTemplates); ++i) {
    out[i] = {copies_into_json(kTemplates[i].zh_cn), copies_into_json(kTemplates[i].en)};
  }
  return out;
}

// Worked out by the compiler, so that writing a sentence does not scan its template first.
constexpr std::array<CopiesIntoJson, std::size(kTemplates)> kCopiesIntoJson =
    templates_copying_into_json();

// Copies `text` into a new string with each "{name}" replaced by its slot's text in one
// language; a slot not given is copied as written.
std::string fill(std::string_view text, const Slot* slots, std::size_t count, bool zh) {
  std::string out;
  out.reserve(text.size() + 16 * count);
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t open = text.find('{', at);
    const std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(text, at, open - at);
    const std::string_view name = text.substr(open + 1, close - open - 1);
    const Slot* slot = nullptr;
    for (std::size_t i = 0; i < count && slot == nullptr; ++i) {
      if (slots[i].name == name) slot = &slots[i];
    }
    if (slot != nullptr) {
      out.append(zh ? slot->zh_cn : slot->en);
    } else {
      out.append(text, open, close - open + 1);
    }
    at = close + 1;
  }
  if (at < text.size()) out.append(text, at, std::string_view::npos);
  return out;
}

// The slot's name in a template text starting at `open` ('{'), and where it ends.
bool slot_at(std::string_view text, std::size_t at, std::size_t& open, std::size_t& close) {
  open = text.find('{', at);
  close = open == std::string_view::npos ? open : text.find('}', open);
  return close != std::string_view::npos;
}

}  // namespace

std::string percent_text(BasisPoints bp) {
  std::string whole = std::to_string(bp / 100);
  const int rest = bp % 100;
  if (rest == 0) return whole + "%";
  std::string frac = rest < 10 ? "0" + std::to_string(rest) : std::to_string(rest);
  if (frac.back() == '0') frac.pop_back();
  return whole + "." + frac + "%";
}

std::string points_text(BasisPoints bp) {
  std::string p = percent_text(bp);
  p.pop_back();
  return p;
}

StepWords::StepWords(StepText id, std::initializer_list<Arg> args) : id_(id) {
  for (const Arg& a : args) add(a);
}

StepWords StepWords::given(LocalText text) {
  StepWords w;
  w.own_ = std::move(text.zh_cn);
  w.given_en_ = std::move(text.en);
  return w;
}

StepWords::StepWords(const StepWords& other)
    : id_(other.id_), own_(other.own_), given_en_(other.given_en_) {
  copy_values(other);
}

StepWords::StepWords(StepWords&& other) noexcept
    : id_(other.id_), own_(std::move(other.own_)), given_en_(std::move(other.given_en_)) {
  copy_values(other);
}

StepWords& StepWords::operator=(const StepWords& other) {
  if (this == &other) return *this;
  id_ = other.id_;
  own_ = other.own_;
  given_en_ = other.given_en_;
  copy_values(other);
  return *this;
}

StepWords& StepWords::operator=(StepWords&& other) noexcept {
  if (this == &other) return *this;
  id_ = other.id_;
  own_ = std::move(other.own_);
  given_en_ = std::move(other.given_en_);
  copy_values(other);
  return *this;
}

void StepWords::copy_values(const StepWords& other) {
  count_ = other.count_;
  std::copy(other.values_, other.values_ + other.count_, values_);
}

void StepWords::add(const Arg& a) {
  Value v;
  v.name = a.name;
  v.number = 0;
  v.count = 0;
  if (a.kind == kFragment) {
    // The fragment's template, then its own values; an empty fragment writes nothing.
    const StepWords& f = *a.fragment;
    if (std::size_t{count_} + 1 + f.count_ > kMaxValues) return;  // stays "{name}": tests see it
    if (f.id_ == StepText::kCount) {
      v.kind = kEmpty;
      values_[count_++] = v;
      return;
    }
    v.number = static_cast<std::int64_t>(f.id_);
    v.kind = kFragment;
    v.count = f.count_;
    values_[count_++] = v;
    std::copy(f.values_, f.values_ + f.count_, values_ + count_);
    count_ = static_cast<std::uint8_t>(count_ + f.count_);
    return;
  }
  if (count_ >= kMaxValues) return;
  if (a.kind == kOwn) own_.assign(a.own);
  if (a.kind == kLabel) {
    v.label = a.label;
  } else {
    v.number = a.number;
  }
  v.kind = a.kind;
  values_[count_++] = v;
}

bool StepWords::append_value(const Value& v, std::size_t at, bool zh, bool escaped,
                             std::string& out) const {
  const auto put = [&](std::string_view text) {
    if (escaped) return append_json_chars(out, text);
    out += text;
    return true;
  };
  switch (v.kind) {
    case kYuan:
      // Digits, a sign and a point: nothing to escape, in either form.
      Money::from_fen(v.number).append_yuan(out);
      return true;
    case kPercent:
      return put(percent_text(static_cast<BasisPoints>(v.number)));
    case kPoints:
      return put(points_text(static_cast<BasisPoints>(v.number)));
    case kNumber:
      return put(std::to_string(v.number));
    case kLabel:
      return put(zh ? v.label->zh_cn : v.label->en);
    case kOwn:
      return put(own_);
    case kEmpty:
      return true;
    case kFragment: {
      return fill(static_cast<StepText>(v.number), at + 1, at + 1 + v.count, zh, escaped, out);
    }
  }
  return true;
}

namespace {

// Whether the value named `value_name` fills the slot `name`, without measuring `value_name`
// first (every slot of every sentence of an explanation is looked up).
bool is_name(const char* value_name, std::string_view name) {
  return std::strncmp(value_name, name.data(), name.size()) == 0 && value_name[name.size()] == '\0';
}

}  // namespace

// Copies `text` with each "{name}" replaced by the value of that name among values
// [first, end) (a fragment's values are skipped over: they are its own); a slot not given is
// copied as written.
bool StepWords::fill(StepText id, std::size_t first, std::size_t end, bool zh, bool escaped,
                     std::string& out) const {
  const StepTemplate& t = step_template(id);
  const std::string_view text = zh ? t.zh_cn : t.en;
  // The template's own text is copied, escaped only in a JSON string and only when it holds
  // something to escape (a quote, in one template).
  const bool copy = !escaped || step_template_copies_into_json(id, zh);
  const auto literal = [&](std::size_t from, std::size_t count) {
    if (copy) {
      out.append(text, from, count);
    } else {
      append_json_chars(out, text.substr(from, count));  // valid UTF-8: a test holds it so
    }
  };
  std::size_t at = 0;
  std::size_t open = 0;
  std::size_t close = 0;
  while (at < text.size() && slot_at(text, at, open, close)) {
    literal(at, open - at);
    const std::string_view name = text.substr(open + 1, close - open - 1);
    std::size_t found = end;
    for (std::size_t i = first; i < end;
         i += 1 + (values_[i].kind == kFragment ? values_[i].count : 0)) {
      if (is_name(values_[i].name, name)) {
        found = i;
        break;
      }
    }
    if (found != end) {
      if (!append_value(values_[found], found, zh, escaped, out)) return false;
    } else {
      literal(open, close - open + 1);
    }
    at = close + 1;
  }
  if (at < text.size()) literal(at, text.size() - at);
  return true;
}

void StepWords::append_text(bool zh, std::string& out) const {
  if (id_ == StepText::kCount) {
    out += zh ? own_ : given_en_;
    return;
  }
  fill(id_, 0, count_, zh, false, out);
}

void StepWords::append_json(bool zh, std::string& out) const {
  const std::size_t start = out.size();
  out += '"';
  const bool written = id_ == StepText::kCount ? append_json_chars(out, zh ? own_ : given_en_)
                                               : fill(id_, 0, count_, zh, true, out);
  if (written) {
    out += '"';
    return;
  }
  // A value that is not valid UTF-8 (a bill line's name in a request built by hand): the whole
  // sentence, whose broken sequences the serializer replaces.
  out.resize(start);
  std::string sentence;
  append_text(zh, sentence);
  append_json_string(out, sentence);
}

LocalText StepWords::text() const {
  LocalText out;
  append_text(true, out.zh_cn);
  append_text(false, out.en);
  return out;
}

const StepTemplate& step_template(StepText id) {
  return kTemplates[static_cast<std::size_t>(id)];
}

bool step_template_copies_into_json(StepText id, bool zh) {
  const CopiesIntoJson& c = kCopiesIntoJson[static_cast<std::size_t>(id)];
  return zh ? c.zh_cn : c.en;
}

LocalText fill_step_template(const StepTemplate& t, const Slot* slots, std::size_t count) {
  return LocalText{fill(t.zh_cn, slots, count, true), fill(t.en, slots, count, false)};
}

LocalText step_text(StepText id, std::initializer_list<Slot> slots) {
  return fill_step_template(step_template(id), slots.begin(), slots.size());
}

std::vector<std::string> template_slots(std::string_view text) {
  std::vector<std::string> names;
  std::size_t at = 0;
  while (true) {
    const std::size_t open = text.find('{', at);
    if (open == std::string_view::npos) break;
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    names.emplace_back(text.substr(open + 1, close - open - 1));
    at = close + 1;
  }
  return names;
}

std::vector<std::string> check_step_template(const StepTemplate& t) {
  std::vector<std::string> problems;
  const std::pair<const char*, const char*> texts[] = {{"zh-CN", t.zh_cn}, {"en", t.en}};
  for (const auto& [language, text] : texts) {
    if (text == nullptr || *text == '\0') {
      problems.push_back(std::string(language) + ": empty");
      continue;
    }
    // Braces pair up, one level deep, each around a non-empty name.
    bool open = false;
    std::size_t name_length = 0;
    for (const char* c = text; *c != '\0'; ++c) {
      if (*c == '{') {
        if (open) problems.push_back(std::string(language) + ": '{' inside a slot");
        open = true;
        name_length = 0;
      } else if (*c == '}') {
        if (!open) problems.push_back(std::string(language) + ": '}' without '{'");
        if (open && name_length == 0) problems.push_back(std::string(language) + ": empty slot");
        open = false;
      } else if (open) {
        ++name_length;
      }
    }
    if (open) problems.push_back(std::string(language) + ": '{' not closed");
  }
  if (!problems.empty()) return problems;
  const std::vector<std::string> zh = template_slots(t.zh_cn);
  const std::vector<std::string> en = template_slots(t.en);
  const std::set<std::string> zh_set(zh.begin(), zh.end());
  const std::set<std::string> en_set(en.begin(), en.end());
  for (const std::string& s : zh_set) {
    if (en_set.count(s) == 0) problems.push_back("slot {" + s + "} is in zh-CN but not in en");
  }
  for (const std::string& s : en_set) {
    if (zh_set.count(s) == 0) problems.push_back("slot {" + s + "} is in en but not in zh-CN");
  }
  return problems;
}

}  // namespace medins
