// id.check's answer written directly (ops::id_check_text, what handle() sends) is byte for byte
// the dump of the tree ops::id_check builds, for numbers of every kind and every refusal.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "answer_bytes.hpp"
#include "api/core_data.hpp"
#include "api/ops.hpp"
#include "id/resident_id.hpp"

namespace medins {
namespace {

using nlohmann::json;
using test::dumped;
using test::text_of;
using test::written;

// The first 17 characters with their check character.
std::string with_check(const std::string& first17) {
  return first17 + resident_id_check_char(first17);
}

std::vector<json> requests() {
  std::vector<json> out;
  // Districts of today, older codes that resolve to an ancestor (exact: false), a province that
  // does not exist, a region of zeros.
  const std::vector<std::string> regions = {"110105", "440305", "650102", "110103",
                                            "320102", "990101", "000000", "460200"};
  const std::vector<std::string> births = {"19491231", "20000229", "20240101",
                                           "20261205", "19000101", "20230230"};
  for (const std::string& region : regions) {
    for (const std::string& birth : births) {
      for (const char* sequence : {"001", "002", "999"}) {
        const std::string id = with_check(region + birth + sequence);
        out.push_back({{"id", id}, {"as_of", "2026-12-04"}});
        out.push_back({{"id", id}});
      }
    }
  }
  const std::string x = with_check("11010519491231002");  // ends in X
  std::string lower = x;
  lower.back() = 'x';
  out.push_back({{"id", lower}, {"as_of", "2026-12-04"}});
  out.push_back({{"id", x}, {"as_of", "1949-12-31"}});
  out.push_back({{"id", x}, {"as_of", "2026-02-30"}});
  out.push_back({{"id", x}, {"as_of", 20261204}});
  out.push_back({{"id", x}, {"as_of", "2026-12-04"}, {"name", "张三"}});
  out.push_back({{"id", "110105194912310021"}, {"as_of", "2026-12-04"}});  // wrong check
  out.push_back({{"id", "11010519491231002"}, {"as_of", "2026-12-04"}});   // too short
  out.push_back({{"id", "１１０１０５１９４９１２３１００２Ｘ"}, {"as_of", "2026-12-04"}});
  out.push_back({{"id", "\"\\\x01\xff"}, {"as_of", "2026-12-04"}});
  out.push_back({{"id", 110105}});
  out.push_back(json::object());
  return out;
}

TEST(IdCheckText, EveryNumberIsWrittenAsTheTreeDumps) {
  const CoreData data = load_core_data();
  std::size_t answered = 0;
  for (const json& request : requests()) {
    const Result<json> tree = ops::id_check(data, request);
    const Result<std::string> text = text_of(ops::id_check_text, data, request);
    ASSERT_EQ(written(text), dumped(tree)) << request.dump();
    if (!tree) {
      ASSERT_EQ(tree.errors().size(), text.errors().size()) << request.dump();
      for (std::size_t i = 0; i < tree.errors().size(); ++i) {
        EXPECT_EQ(tree.errors()[i].code, text.errors()[i].code);
        EXPECT_EQ(tree.errors()[i].path, text.errors()[i].path);
      }
    } else {
      ++answered;
    }
  }
  // Most numbers are answered, so that the comparison is of answers and not only of refusals.
  EXPECT_GE(answered, 70u);
}

}  // namespace
}  // namespace medins
