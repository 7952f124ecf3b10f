// The index region search reads instead of scanning every division (generated with the region
// table by tools/gen_regions.mjs, so nothing is built or parsed when the core starts). Row numbers
// are positions in region_table(). Internal to the core.
#pragma once

#include <cstddef>
#include <cstdint>

namespace medins {

constexpr std::uint16_t kNoParentRow = 0xFFFF;

// Posting lists: one per letter a-z (rows with a character read with that initial), then one per
// bucket of characters (rows with a character whose code point mod 256 is the bucket).
constexpr std::size_t kLetterKeys = 26;
constexpr std::size_t kCharBuckets = 256;

struct RegionIndex {
  const std::uint16_t* parent_row;   // per row: its parent's row, kNoParentRow for a province
  const std::uint16_t* subtree_end;  // per row: one past its last descendant (they follow it)
  const std::uint32_t* letter_mask;  // per row: bit c-'a' for every letter its readings use
  const std::uint32_t* char_mask;    // per row: bit (code point mod 32) for each of its characters
  const std::uint16_t* posting_start;  // kLetterKeys + kCharBuckets + 1 offsets into postings
  // Row numbers, ascending within each list, as varint deltas (PostingCursor reads them): half
  // the bytes of 16-bit row numbers in the page's module.
  const std::uint8_t* postings;
};

RegionIndex region_index();

// Walks one posting list: row() is the current row until done(). Each entry is the distance from
// the row before it (from 0 for the first), 7 bits a byte, low bits first, the high bit set on
// every byte but a number's last.
class PostingCursor {
 public:
  PostingCursor(const RegionIndex& index, std::size_t key)
      : next_(index.postings + index.posting_start[key]),
        end_(index.postings + index.posting_start[key + 1]) {
    advance();
  }
  bool done() const { return done_; }
  std::size_t row() const { return row_; }
  void advance() {
    if (next_ == end_) {
      done_ = true;
      return;
    }
    std::size_t delta = 0;
    for (unsigned shift = 0;; shift += 7) {
      const std::uint8_t byte = *next_++;
      delta |= static_cast<std::size_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0 || next_ == end_) break;
    }
    row_ += delta;
  }

 private:
  const std::uint8_t* next_;
  const std::uint8_t* end_;
  std::size_t row_ = 0;
  bool done_ = false;
};

// The posting key of one query unit: a letter's own list, or its character's bucket.
constexpr std::size_t letter_key(char letter) {
  return static_cast<std::size_t>(letter - 'a');
}
constexpr std::size_t char_key(char32_t cp) {
  return kLetterKeys + cp % kCharBuckets;
}
constexpr std::uint32_t char_bit(char32_t cp) {
  return std::uint32_t{1} << (cp % 32);
}

}  // namespace medins
