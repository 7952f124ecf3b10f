#include "estimate/estimate_request.hpp"

#include <limits>

#include "common/json_pointer.hpp"
#include "common/request_reader.hpp"
#include "policy/policy_parse.hpp"
#include "vocab/person_read.hpp"

namespace medins {
namespace {

using nlohmann::json;

// One line may be large (an implant, a long ICU stay) but not beyond what a policy may hold.
constexpr std::int64_t kMaxLineFen = kMaxPolicyFen;
// Running totals of a year: ten times the largest figure, still far from int64 limits.
constexpr std::int64_t kMaxYearFen = 10 * kMaxPolicyFen;
// A hospital's itemised list rarely passes a few hundred lines; past this a request is more
// likely a mistake (or an attack on a phone's memory) than a bill.
constexpr std::size_t kMaxBillLines = 2000;

void add_all(Errors& to, const Errors& from) {
  to.insert(to.end(), from.begin(), from.end());
}

std::optional<ResolvedRegion> read_region_field(RequestReader& reader, const char* name,
                                                Errors& errors, std::string& code) {
  const std::optional<std::string> text = reader.string(name);
  if (!text) return std::nullopt;
  code = *text;
  Result<ResolvedRegion> r = resolve_region(*text, reader.path(name));
  if (!r) {
    add_all(errors, r.errors());
    return std::nullopt;
  }
  return r.value();
}

struct Person {
  std::optional<Scheme> scheme;
  std::optional<Employment> employment;
  std::optional<int> age;
  std::optional<Date> birth_date;
};

Person read_estimate_person(const json* object, Errors& errors) {
  if (object == nullptr) return Person{};
  const PersonRead p =
      read_person(*object, {false, "estimate.unknown_employment", true, true}, errors);
  if (p.age && p.birth_date) {
    errors.push_back(make_error("estimate.age_and_birth_date", "/person/age"));
  }
  return Person{p.scheme, p.employment, p.age, p.birth_date};
}

struct Filing {
  bool given = false;
  std::optional<FilingCategory> category;  // nullopt with given: "none"
  std::optional<Date> filed_on;
  bool ok = true;
};

Filing read_filing(const json* object, Errors& errors) {
  Filing f;
  if (object == nullptr) return f;
  f.given = true;
  RequestReader reader(*object, "/filing", errors);
  const std::optional<std::string> category = reader.string("category");
  f.filed_on = reader.date("filed_on", false);
  reader.reject_unknown_fields();
  if (!category) {
    f.ok = false;
  } else if (!is_not_filed_word(*category)) {
    f.category = word_from_id<FilingCategory>(*category);
    // `unfiled` is the policy's word; a request says "none" (vocab/vocabulary.hpp).
    if (!f.category || *f.category == FilingCategory::kUnfiled) {
      errors.push_back(make_error("estimate.unknown_filing_category", reader.path("category")));
      f.ok = false;
      f.category.reset();
    }
  }
  return f;
}

struct Visit {
  std::optional<Setting> setting;
  std::optional<Level> level;
  std::optional<Date> admitted_on;
  std::optional<Date> discharged_on;
};

Visit read_visit(const json* object, Errors& errors) {
  Visit v;
  if (object == nullptr) return v;
  RequestReader reader(*object, "/visit", errors);
  if (const std::optional<std::string> s = reader.string("setting")) {
    v.setting = word_from_id<Setting>(*s);
    if (!v.setting)
      errors.push_back(make_error("estimate.unknown_setting", reader.path("setting")));
  }
  // The number a person knows (1-3), or, for a policy that prices tier-3 hospitals apart, the
  // kind of tier 3 as the vocabulary writes it ("3_city", "3_provincial").
  const auto level_field = object->find("institution_level");
  if (level_field != object->end() && level_field->is_string()) {
    const std::optional<std::string> text = reader.string("institution_level");
    v.level = text ? word_from_id<Level>(*text) : std::nullopt;
    if (text && (!v.level || *v.level == Level::kAny)) {
      errors.push_back(make_error("estimate.unknown_level", reader.path("institution_level")));
      v.level.reset();
    }
  } else if (const std::optional<std::int64_t> l = reader.integer("institution_level", 1, 3)) {
    v.level = *l == 1 ? Level::k1 : *l == 2 ? Level::k2 : Level::k3;
  }
  // Inpatient care has an admission (it counts for the deductible) and a discharge.
  const bool inpatient = v.setting == Setting::kInpatient;
  v.admitted_on = reader.date("admitted_on", inpatient);
  v.discharged_on = reader.date("discharged_on", inpatient);
  reader.reject_unknown_fields();
  if (v.admitted_on && v.discharged_on && *v.discharged_on < *v.admitted_on) {
    errors.push_back(
        make_error("estimate.discharge_before_admission", reader.path("discharged_on")));
  }
  return v;
}

std::optional<ExpenseClass> class_from_name(const std::string& name) {
  if (name == "A") return ExpenseClass::kA;
  if (name == "B") return ExpenseClass::kB;
  if (name == "C") return ExpenseClass::kC;
  return std::nullopt;
}

}  // namespace

std::string self_ratio_path(const BillLine& line) {
  if (!line.index) return "/bill/self_ratio_bp";
  return pointer_join(pointer_join("/bill/lines", *line.index), "self_ratio_bp");
}

namespace {

std::vector<BillLine> read_bill(const json* object, Errors& errors) {
  std::vector<BillLine> lines;
  if (object == nullptr) return lines;
  RequestReader reader(*object, "/bill", errors);
  const json* list = reader.array("lines", false);
  const json* totals = reader.object("totals_fen", false);
  const std::optional<std::int64_t> totals_ratio = reader.integer("self_ratio_bp", 0, 10000, false);
  reader.reject_unknown_fields();
  if (object->contains("lines") && object->contains("totals_fen")) {
    errors.push_back(make_error("estimate.lines_and_totals", reader.path("totals_fen")));
    return lines;
  }
  if (!object->contains("lines") && !object->contains("totals_fen")) {
    errors.push_back(make_error("request.missing_field", reader.path("lines"),
                                "请填写费用明细（lines）或各类合计（totals_fen）。",
                                "Give the bill's lines or its totals per class (totals_fen)."));
    return lines;
  }
  if (list != nullptr && list->size() > kMaxBillLines) {
    const std::string max = std::to_string(kMaxBillLines);
    errors.push_back(make_error("estimate.too_many_lines", reader.path("lines"),
                                "最多" + max + "行。", "At most " + max + " lines."));
    return lines;
  }
  if (list != nullptr) {
    if (totals_ratio) {
      errors.push_back(make_error("estimate.self_ratio_not_class_b", reader.path("self_ratio_bp"),
                                  "明细各行的乙类比例请写在该行。",
                                  "With lines, give the class-B share on each line."));
    }
    const std::string lines_path = reader.path("lines");
    for (std::size_t i = 0; i < list->size(); ++i) {
      std::string base = pointer_join(lines_path, i);
      const json& item = (*list)[i];
      if (!item.is_object()) {
        errors.push_back(make_error("request.wrong_type", base, "这里应是一个对象。",
                                    "An object is expected here."));
        continue;
      }
      RequestReader line_reader(item, std::move(base), errors);
      BillLine line;
      line.name = line_reader.string("name", false).value_or("");
      const std::optional<std::int64_t> amount = line_reader.integer("amount_fen", 0, kMaxLineFen);
      const std::optional<std::string> cls = line_reader.string("class");
      const std::optional<std::int64_t> ratio =
          line_reader.integer("self_ratio_bp", 0, 10000, false);
      line_reader.reject_unknown_fields();
      std::optional<ExpenseClass> ec;
      if (cls) {
        ec = class_from_name(*cls);
        if (!ec) errors.push_back(make_error("estimate.unknown_class", line_reader.path("class")));
      }
      if (ratio && ec && *ec != ExpenseClass::kB) {
        errors.push_back(
            make_error("estimate.self_ratio_not_class_b", line_reader.path("self_ratio_bp")));
      }
      if (!amount || !ec) continue;
      line.amount = Money::from_fen(*amount);
      line.expense_class = *ec;
      if (ratio) line.self_ratio = static_cast<BasisPoints>(*ratio);
      line.index = i;
      lines.push_back(std::move(line));
    }
  }
  if (totals != nullptr) {
    RequestReader totals_reader(*totals, reader.path("totals_fen"), errors);
    for (const char* name : {"A", "B", "C"}) {
      const std::optional<std::int64_t> amount = totals_reader.integer(name, 0, kMaxLineFen, false);
      if (!amount) continue;
      BillLine line;
      line.amount = Money::from_fen(*amount);
      line.expense_class = *class_from_name(name);
      if (line.expense_class == ExpenseClass::kB && totals_ratio) {
        line.self_ratio = static_cast<BasisPoints>(*totals_ratio);
      }
      lines.push_back(std::move(line));
    }
    totals_reader.reject_unknown_fields();
  }
  return lines;
}

YearToDate read_year_to_date(const json* object, Errors& errors) {
  YearToDate y;
  if (object == nullptr) return y;
  RequestReader reader(*object, "/year_to_date", errors);
  auto money = [&](const char* name) {
    return Money::from_fen(reader.integer(name, 0, kMaxYearFen, false).value_or(0));
  };
  y.eligible = money("eligible_fen");
  y.deductible_paid = money("deductible_paid_fen");
  y.fund_paid = money("fund_paid_fen");
  y.admissions = reader.integer("admissions", 0, 366, false).value_or(0);
  y.critical_illness_base = money("critical_illness_base_fen");
  y.critical_illness_paid = money("critical_illness_paid_fen");
  reader.reject_unknown_fields();
  // Deductibles and fund payments are parts of the year's eligible spending; a figure above it
  // is a typing error the estimate must not build on.
  for (auto [part, whole, name] :
       {std::make_tuple(y.deductible_paid, y.eligible, "deductible_paid_fen"),
        std::make_tuple(y.fund_paid, y.eligible, "fund_paid_fen"),
        std::make_tuple(y.critical_illness_paid, y.critical_illness_base,
                        "critical_illness_paid_fen")}) {
    if (whole < part) {
      errors.push_back(make_error("estimate.year_to_date_inconsistent", reader.path(name)));
    }
  }
  return y;
}

// The three shapes of an inline policy, wrapped into a document so the one policy parser
// validates them; error paths are mapped back to the request by policy_pointer().
json wrap_inline(const json& supplied, PolicyPlace::Shape shape, const std::string& region,
                 Scheme scheme, Setting setting) {
  json version = supplied;
  if (shape == PolicyPlace::Shape::kSetting) {
    // Figures typed in without dates or a confidence: unknown dates, and "low" as the policy
    // format demands for figures without an address (a block may say better with its source).
    version = json{{"effective_from", nullptr},
                   {"effective_to", nullptr},
                   {"dates_confirmed", false},
                   {"confidence", word_id(Confidence::kLow)},
                   {word_id(setting), supplied}};
  }
  return json{{"format", kPolicyFormat},
              {"region", region},
              {"scheme", word_id(scheme)},
              {"name", {{"zh-CN", "请求中提供的政策"}, {"en", "Policy supplied in the request"}}},
              {"source",
               {{"title", "请求中提供的政策参数 / figures supplied in the request"},
                {"url", nullptr},
                {"published", nullptr}}},
              {"versions", json::array({version})}};
}

PolicyPlace::Shape inline_shape(const json& supplied) {
  if (supplied.contains("versions") || supplied.contains("format")) {
    return PolicyPlace::Shape::kDocument;
  }
  for (const char* key : {"effective_from", "effective_to", "dates_confirmed"}) {
    if (supplied.contains(key)) return PolicyPlace::Shape::kVersion;
  }
  for (Setting s : {Setting::kInpatient, Setting::kOutpatient, Setting::kChronicOutpatient}) {
    if (supplied.contains(word_id(s))) return PolicyPlace::Shape::kVersion;
  }
  return PolicyPlace::Shape::kSetting;
}

// The policy the request names: the shipped one, or the inline one parsed into `own`; null with
// errors added when it cannot be had.
const Policy* read_policy(const Result<ShippedPolicies>& shipped, const json& request,
                          const std::optional<Scheme>& scheme,
                          const std::optional<Setting>& setting, const std::string& insured_code,
                          PolicyPlace& place, const Bibliography* sources, Policy& own,
                          Errors& errors) {
  const auto it = request.find("policy");
  if (it == request.end() || it->is_null()) return nullptr;  // reported by the reader
  if (it->is_string()) {
    const std::string id = it->get<std::string>();
    const std::size_t slash = id.find('/');
    const std::string region = slash == std::string::npos ? id : id.substr(0, slash);
    const std::optional<Scheme> id_scheme =
        slash == std::string::npos ? std::nullopt : word_from_id<Scheme>(id.substr(slash + 1));
    if (!policy_region_code_ok(region) || !id_scheme) {
      errors.push_back(make_error("estimate.bad_policy_id", "/policy"));
      return nullptr;
    }
    if (!shipped) {
      add_all(errors, shipped.errors());
      return nullptr;
    }
    const ShippedPolicy* found = find_shipped_policy(shipped.value(), region, *id_scheme);
    if (found == nullptr) {
      errors.push_back(make_error("policy.not_found", "/policy"));
      return nullptr;
    }
    place = PolicyPlace{PolicyPlace::Shape::kShipped, id, found->file};
    return &found->policy;
  }
  if (!it->is_object()) return nullptr;  // request.wrong_type from the reader
  place = PolicyPlace{inline_shape(*it), "inline", ""};
  json document = *it;
  if (place.shape != PolicyPlace::Shape::kDocument) {
    // A version or a setting needs the place, scheme and setting of the request around it.
    if (!scheme || !setting || !policy_region_code_ok(insured_code)) return nullptr;
    document = wrap_inline(*it, place.shape, insured_code, *scheme, *setting);
  }
  // An inline policy may cite our bibliography by id (a portal republishing a shipped file does)
  // or carry its own source objects.
  Result<Policy> parsed = parse_policy(document, "", sources);
  if (!parsed) {
    for (Error e : parsed.errors()) {
      e.path = policy_pointer(place, e.path);
      errors.push_back(std::move(e));
    }
    return nullptr;
  }
  own = std::move(parsed).value();
  return &own;
}

// `known_figures`: {filing_cut?, deductible?, fund_ratio?, class_b_first_paid?}, ratios in basis
// points (0–10000), the deductible in fen; the annual cap is not taken (a missing cap is not
// ranged).
std::map<EstimateFigure, std::int64_t> read_known_figures(const json* node, const std::string& at,
                                                          Errors& errors) {
  std::map<EstimateFigure, std::int64_t> out;
  if (node == nullptr) return out;
  RequestReader reader(*node, at, errors);
  const std::pair<EstimateFigure, std::int64_t> figures[] = {
      {EstimateFigure::kFilingCut, 10000},
      {EstimateFigure::kDeductible, kMaxLineFen},
      {EstimateFigure::kFundRatio, 10000},
      {EstimateFigure::kClassBFirstPaid, 10000}};
  for (const auto& [figure, max] : figures) {
    const std::optional<std::int64_t> value = reader.integer(word_id(figure), 0, max, false);
    if (value) out[figure] = *value;
  }
  reader.reject_unknown_fields();
  return out;
}

// `account`: {balance_fen?, family?: {relation, balance_fen}, pays_class_c?}. An account is fed
// a few thousand yuan a year; a balance past one million yuan is a typing slip (fen typed as
// yuan times a hundred), not an account, and is refused rather than believed.
constexpr std::int64_t kMaxAccountFen = 100'000'000;
// A balance outside [0, kMaxAccountFen] is said in yuan, the unit the person typed, and not with
// request.out_of_range's fen bounds.
std::optional<Money> read_balance(RequestReader& reader, const char* name, bool required,
                                  Errors& errors) {
  const std::optional<std::int64_t> fen =
      reader.integer(name, std::numeric_limits<std::int64_t>::min(),
                     std::numeric_limits<std::int64_t>::max(), required);
  if (!fen) return std::nullopt;
  if (*fen < 0 || *fen > kMaxAccountFen) {
    errors.push_back(make_error("estimate.account_balance_out_of_range", reader.path(name)));
    return std::nullopt;
  }
  return Money::from_fen(*fen);
}

std::optional<AccountInput> read_account(const json* node, const std::string& at,
                                         std::optional<Scheme> scheme, Errors& errors) {
  if (node == nullptr) return std::nullopt;
  RequestReader reader(*node, at, errors);
  AccountInput out;
  out.balance = read_balance(reader, "balance_fen", false, errors);
  // The residents' scheme has no personal account (国办发〔2021〕14号): a balance there is a
  // mix-up of schemes, said at the field rather than dropped.
  if (node->contains("balance_fen") && scheme == Scheme::kResident) {
    errors.push_back(make_error("estimate.account_not_in_scheme", reader.path("balance_fen")));
  }
  if (const json* family = reader.object("family", false)) {
    RequestReader f(*family, reader.path("family"), errors);
    const std::optional<std::string> relation = f.string("relation");
    const std::optional<Money> family_balance = read_balance(f, "balance_fen", true, errors);
    f.reject_unknown_fields();
    if (relation && *relation == "self") {
      errors.push_back(make_error("estimate.family_aid_payer_is_patient", f.path("relation")));
    } else if (relation && *relation != "spouse" && *relation != "parent" && *relation != "child") {
      errors.push_back(make_error("estimate.unknown_family_relation", f.path("relation")));
    } else if (relation && family_balance) {
      out.family = AccountInput::Family{*relation, *family_balance};
    }
  }
  out.pays_class_c = reader.boolean("pays_class_c", false);
  reader.reject_unknown_fields();
  return out;
}

// A policy is set for the insured place's pooling region: the place itself, its prefecture or
// its province (as policy.get resolves them).
bool policy_covers(const std::string& policy_region, const std::string& insured_code) {
  return policy_region == insured_code || policy_region == insured_code.substr(0, 4) + "00" ||
         policy_region == insured_code.substr(0, 2) + "0000";
}

}  // namespace

Result<EstimateRequest> read_estimate_request(const Result<ShippedPolicies>& shipped,
                                              const json& request, const Bibliography* sources) {
  Errors errors;
  EstimateRequest out;
  RequestReader reader(request, "", errors);
  const std::optional<Date> on = reader.date("on");
  const Person person = read_estimate_person(reader.object("person"), errors);
  const std::optional<ResolvedRegion> insured =
      read_region_field(reader, "insured_region", errors, out.insured_code);
  const std::optional<ResolvedRegion> treatment =
      read_region_field(reader, "treatment_region", errors, out.treatment_code);
  const Filing filing = read_filing(reader.object("filing", false), errors);
  const Visit visit = read_visit(reader.object("visit"), errors);
  out.input.lines = read_bill(reader.object("bill"), errors);
  out.input.year_to_date = read_year_to_date(reader.object("year_to_date", false), errors);
  // The policy is an id (a string) or an inline policy (an object); read_policy() reads it.
  const auto policy_field = request.find("policy");
  if (policy_field != request.end() && policy_field->is_string()) {
    reader.string("policy");
  } else {
    reader.object("policy");
  }
  const std::map<EstimateFigure, std::int64_t> known = read_known_figures(
      reader.object("known_figures", false), reader.path("known_figures"), errors);
  const std::optional<AccountInput> account =
      read_account(reader.object("account", false), reader.path("account"), person.scheme, errors);
  reader.reject_unknown_fields();

  std::optional<RegionRelation> relation;
  if (insured && treatment) relation = relate_regions(*insured->region, *treatment->region);
  const bool away =
      relation == RegionRelation::kInProvince || relation == RegionRelation::kCrossProvince;
  if (away && !filing.given) {
    errors.push_back(make_error("request.missing_field", "/filing",
                                "异地就医请说明备案类别；没有备案请填 none。",
                                "For care elsewhere, give the filing category, or none when "
                                "there is no filing."));
  }

  const Policy* policy = nullptr;
  if (insured) {
    policy = read_policy(shipped, request, person.scheme, visit.setting, out.insured_code,
                         out.place, sources, out.inline_policy, errors);
  }
  if (policy && person.scheme && policy->scheme != *person.scheme) {
    errors.push_back(
        make_error("estimate.scheme_mismatch", "/policy",
                   std::string("（政策险种 ") + word_id(policy->scheme) + "）",
                   std::string("(the policy's scheme is ") + word_id(policy->scheme) + ")"));
  }
  if (policy && !policy_covers(policy->region, out.insured_code)) {
    errors.push_back(make_error("estimate.region_mismatch", "/policy",
                                "（政策地区 " + policy->region + "）",
                                "(the policy's region is " + policy->region + ")"));
  }
  const PolicyVersion* version = nullptr;
  if (policy && on) {
    version = version_on(*policy, *on);
    if (version == nullptr) errors.push_back(make_error("estimate.policy_not_in_force", "/on"));
  }
  // Age counts on the day of admission (年满: birthdays reached by then), or on `on` for
  // outpatient care.
  std::optional<int> age = person.age;
  if (person.birth_date && on) {
    const Date day = visit.admitted_on.value_or(*on);
    if (day < *person.birth_date) {
      errors.push_back(make_error("estimate.born_after_visit", "/person/birth_date"));
    } else {
      age = Date::age_on(*person.birth_date, day);
    }
  }
  if (!errors.empty()) return errors;
  if (!on || !person.scheme || !insured || !treatment || !visit.setting || !visit.level ||
      !filing.ok || !policy || version == nullptr) {
    return make_error("internal.error", "");  // every path above reports an error first
  }

  out.on = *on;
  out.scheme = *person.scheme;
  out.insured = *insured;
  out.treatment = *treatment;
  out.version_index = static_cast<std::size_t>(version - policy->versions.data());
  // Inline: `policy` is out.inline_policy already.
  if (policy != &out.inline_policy) out.shipped_policy = policy;
  out.input.setting = *visit.setting;
  out.input.level = *visit.level;
  out.input.employment = person.employment;
  out.input.age = age;
  out.input.age_from_birth_date = person.birth_date.has_value();
  out.input.relation = *relation;
  out.input.filing = filing.category;
  out.known_figures = known;
  out.account = account;
  // 22号 经办规程: filing completed before discharge settlement settles directly; after it,
  // the person is paid back by manual claim (the Kunming guide, docs/sources.md), which may
  // follow other rules.
  if (filing.filed_on && visit.discharged_on && *visit.discharged_on < *filing.filed_on) {
    out.warnings.push_back(make_error("estimate.filed_after_discharge", "/filing/filed_on"));
  }
  return out;
}

nlohmann::json year_to_date_json(const YearToDate& y) {
  return {{"eligible_fen", y.eligible.fen()},
          {"deductible_paid_fen", y.deductible_paid.fen()},
          {"fund_paid_fen", y.fund_paid.fen()},
          {"admissions", y.admissions},
          {"critical_illness_base_fen", y.critical_illness_base.fen()},
          {"critical_illness_paid_fen", y.critical_illness_paid.fen()}};
}

}  // namespace medins
