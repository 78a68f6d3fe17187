#include "engine/text/numbers.h"

#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <memory>

#include "engine/text/normalize.h"

namespace triage::text {
namespace {

bool IsSingleToken(const std::string& s) { return !s.empty() && s.find_first_of(" -\xC2") == std::string::npos; }

}  // namespace

const NumberWords& NumberWords::Get() {
  static const NumberWords* words = new NumberWords();
  return *words;
}

NumberWords::NumberWords() {
  for (const char* locale : {"en", "id", "ms", "he"}) {
    UErrorCode status = U_ZERO_ERROR;
    auto rbnf = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale(locale), status);
    if (U_FAILURE(status)) continue;
    for (int32_t r = 0; r < rbnf->getNumberOfRuleSetNames(); ++r) {
      icu::UnicodeString name = rbnf->getRuleSetName(r);
      std::string rule_set;
      name.toUTF8String(rule_set);
      const bool ordinal = rule_set.find("ordinal") != std::string::npos;
      const bool cardinal =
          rule_set.find("cardinal") != std::string::npos || rule_set.find("numbering") != std::string::npos;
      if ((!ordinal && !cardinal) || rule_set.find("year") != std::string::npos) continue;
      for (uint32_t v = 1; v <= 100; ++v) {
        icu::UnicodeString out;
        status = U_ZERO_ERROR;
        icu::FieldPosition fp;
        rbnf->format(static_cast<int32_t>(v), name, out, fp, status);
        if (U_FAILURE(status)) continue;
        std::string utf8;
        out.toUTF8String(utf8);
        NormalizedText folded;
        Normalize(utf8, &folded);
        if (!IsSingleToken(folded.text)) continue;
        auto& table = ordinal ? ordinals_ : cardinals_;
        table.emplace(folded.text, v);
      }
    }
  }
}

std::optional<uint32_t> NumberWords::Cardinal(std::string_view word) const {
  auto it = cardinals_.find(absl::string_view(word.data(), word.size()));
  if (it == cardinals_.end()) return std::nullopt;
  return it->second;
}

std::optional<uint32_t> NumberWords::Ordinal(std::string_view word) const {
  auto it = ordinals_.find(absl::string_view(word.data(), word.size()));
  if (it == ordinals_.end()) return std::nullopt;
  return it->second;
}

}  // namespace triage::text
