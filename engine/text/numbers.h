// Number words in the four languages ("six", "enam", "lapan", "שש") and
// ordinal words ("third", "ketiga"), taken from ICU's spell-out rules.
//
// Built once per process at first use (ICU's number parsing is far too slow
// for the request path) and immutable afterwards: safe to share.
#ifndef TRIAGE_ENGINE_TEXT_NUMBERS_H_
#define TRIAGE_ENGINE_TEXT_NUMBERS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"

namespace triage::text {

class NumberWords {
 public:
  static const NumberWords& Get();

  // The value of a single-token cardinal ("six" -> 6), if it is one.
  std::optional<uint32_t> Cardinal(std::string_view word) const;
  // The value of a single-token ordinal ("third" -> 3), if it is one.
  std::optional<uint32_t> Ordinal(std::string_view word) const;

  NumberWords(const NumberWords&) = delete;
  NumberWords& operator=(const NumberWords&) = delete;

 private:
  NumberWords();
  absl::flat_hash_map<std::string, uint32_t> cardinals_;
  absl::flat_hash_map<std::string, uint32_t> ordinals_;
};

}  // namespace triage::text

#endif  // TRIAGE_ENGINE_TEXT_NUMBERS_H_
