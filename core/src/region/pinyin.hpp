// Toneless pinyin of single characters, for searching names that are not divisions (the
// institutions of a portal's list). Division names carry their own readings in the region table,
// which add the readings a place uses that Unihan lacks (乐亭 lào,
// data/regions/place_readings.tsv). Generated with the region table by tools/gen_regions.mjs from
// data/regions/pinyin.tsv, by the same rule: the primary reading and the modern dictionaries'
// alternatives, not the archaic ones.
#pragma once

#include <string_view>

namespace medins {

// "chang|zhang" for 长; empty for a character the table lacks (outside U+4E00..U+9FFF, the CJK
// Unified Ideographs block, or with no Mandarin reading).
std::string_view char_readings(char32_t cp);

}  // namespace medins
