#include "voucher/voucher_rules.hpp"

#include <cstddef>
#include <set>
#include <string>

#include "common/embedded_files.hpp"
#include "common/json_pointer.hpp"
#include "common/rule_check.hpp"
#include "voucher/face_check_tree.hpp"

namespace medins {
namespace {

using nlohmann::json;

constexpr const char* kGuideFile = "guide";
constexpr const char* kFaceCheckFile = "face_check";

json member(const json& object, const char* name) {
  return object.is_object() && object.contains(name) ? object.at(name) : json();
}

class Checker {
 public:
  explicit Checker(const json& sources) : sources_(sources) {}

  Errors run(const json& guide, const json& face_check) {
    check_cited_sources(sources_, "/sources", in("sources"));
    if (!errors_.empty()) return errors_;
    check_guide(guide);
    check_face_check_tree(face_check, sources_, in(kFaceCheckFile));
    return errors_;
  }

 private:
  RuleFail in(const std::string& file) {
    return [this, file](const std::string& path, const std::string& what) {
      const std::string where = file == "sources" ? std::string(kSourcesFile)
                                                  : std::string(kVoucherRulesDir) + file + ".json";
      errors_.push_back(make_error(std::string(kVoucherRulesInvalid), path,
                                   "（" + where + "：" + what + "）",
                                   "(" + where + ": " + what + ")"));
    };
  }

  // A non-empty list of objects with unique ids; calls `each` on every item.
  template <typename Each>
  void items(const json& list, const std::string& at, const RuleFail& fail, Each each) {
    if (!list.is_array() || list.empty()) return fail(at, "a non-empty list is needed");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string item = pointer_join(at, i);
      const json id = member(list[i], "id");
      if (!id.is_string() || id.get<std::string>().empty() ||
          !seen.insert(id.get<std::string>()).second) {
        fail(pointer_join(item, "id"), "a unique id is needed");
      }
      each(list[i], item);
    }
  }

  void needs(const json& item, const std::string& at, const char* name, const RuleFail& fail) {
    if (!member(item, name).is_object()) fail(pointer_join(at, name), "missing");
  }

  void check_guide(const json& guide) {
    const RuleFail fail = in(kGuideFile);
    if (member(guide, "format") != 1) return fail("/format", "format must be 1");
    check_texts_and_bases(guide, "", sources_, {{"basis"}, false}, fail);
    items(member(guide, "sections"), "/sections", fail, [&](const json& s, const std::string& at) {
      needs(s, at, "title", fail);
      items(member(s, "steps"), pointer_join(at, "steps"), fail,
            [&](const json& step, const std::string& step_at) {
              needs(step, step_at, "text", fail);
              needs(step, step_at, "basis", fail);
            });
    });
  }

  const json& sources_;
  Errors errors_;
};

Result<json> parse_file(const std::string& stem) {
  const std::string path = std::string(kVoucherRulesDir) + stem + ".json";
  for (const EmbeddedFile& file : embedded_files_under(path)) {
    if (file.path != path) continue;
    json doc = json::parse(file.text.begin(), file.text.end(), nullptr, false);
    if (doc.is_discarded()) {
      return make_error(std::string(kVoucherRulesInvalid), "", "（" + path + "：不是有效的 JSON）",
                        "(" + path + ": not valid JSON)");
    }
    return doc;
  }
  return make_error(std::string(kVoucherRulesInvalid), "", "（" + path + "：缺少）",
                    "(" + path + ": missing)");
}

}  // namespace

Result<nlohmann::json> check_voucher_rules(const Bibliography& bibliography,
                                           const nlohmann::json& guide,
                                           const nlohmann::json& face_check) {
  json rules = {
      {"sources", bibliography.cited_json()}, {"guide", guide}, {"face_check", face_check}};
  Errors errors = Checker(rules.at("sources")).run(guide, face_check);
  if (!errors.empty()) return errors;
  return rules;
}

Result<nlohmann::json> load_voucher_rules(const Bibliography& bibliography) {
  Result<json> guide = parse_file(kGuideFile);
  Result<json> face_check = parse_file(kFaceCheckFile);
  Errors errors;
  if (!guide) errors = guide.errors();
  if (!face_check)
    errors.insert(errors.end(), face_check.errors().begin(), face_check.errors().end());
  if (!errors.empty()) return errors;
  return check_voucher_rules(bibliography, guide.value(), face_check.value());
}

}  // namespace medins
