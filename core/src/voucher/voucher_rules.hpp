// The voucher help as data: data/voucher/guide.json (how to activate the medical insurance
// e-voucher, bind family, show it, the electronic social security card: steps per part) and
// data/voucher/face_check.json (the face-check troubleshooting tree, face_check_tree.hpp). Every
// step cites sources of data/sources.json with a confidence. docs/voucher.md describes the files.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "common/sources.hpp"
#include "medins/result.hpp"

namespace medins {

constexpr std::string_view kVoucherRulesDir = "voucher/";
constexpr std::string_view kVoucherRulesInvalid = "voucher.rules_invalid";

// {sources: the cited bibliography, guide: guide.json, face_check: face_check.json}, checked:
// else voucher.rules_invalid errors whose message names the file and the place in it.
Result<nlohmann::json> load_voucher_rules(const Bibliography& bibliography);

// The same checks on documents given here (tests feed broken copies).
Result<nlohmann::json> check_voucher_rules(const Bibliography& bibliography,
                                           const nlohmann::json& guide,
                                           const nlohmann::json& face_check);

}  // namespace medins
