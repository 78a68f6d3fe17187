// Finds every lexicon entry in a text in one pass over its tokens, then
// applies scope: negation, resolved past, conditionals, quoted history and
// signatures. The result is the evidence QA audits: each match keeps the
// entry, the tokens it covers and why it is (or is not) live.
//
// DetectCues() only reads the Lexicon, so any number of threads may call it
// with the same Lexicon; each call needs its own Analysis.
#ifndef TRIAGE_ENGINE_CUES_MATCHER_H_
#define TRIAGE_ENGINE_CUES_MATCHER_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/cues/lexicon.h"
#include "engine/text/normalize.h"
#include "engine/text/regions.h"
#include "engine/text/tokenize.h"
#include "triage/v1/triage.pb.h"

namespace triage::cues {

struct CueMatch {
  uint32_t entry = 0;        // index into Lexicon::entries()
  uint32_t first_token = 0;  // inclusive
  uint32_t last_token = 0;   // inclusive
  float confidence = 0;
  v1::Suppression suppression = v1::SUPPRESSION_UNSPECIFIED;
  bool conditional = false;
  // The scope match that suppressed it or made it conditional, or -1.
  int trigger_first = -1;
  int trigger_last = -1;
  // A <num> or number word in the match, and where.
  bool has_number = false;
  uint32_t number = 0;
  uint32_t number_token = 0;
  // The number went on with a half ("one and a half years", "dua setengah tahun").
  bool half = false;
  // A <year> in the match.
  uint32_t year = 0;
  // The tokens its gaps ("...") skipped, as [begin, end) ranges; a negator
  // there negates the words after it ("sampai tanpa rosak").
  static constexpr int kMaxGaps = 2;
  std::array<std::pair<uint32_t, uint32_t>, kMaxGaps> gaps{};

  bool live() const { return suppression == v1::SUPPRESSION_UNSPECIFIED; }
};

struct Analysis {
  text::NormalizedText norm;
  text::TokenizedText tokens;
  std::vector<text::Region> regions;
  // Matches of the cue classes of the domain brief, in text order.
  std::vector<CueMatch> cues;
  // Matches of helper classes: units, ordinals, topics, language markers.
  std::vector<CueMatch> helpers;
  // Matches of scope words (negators, resolved, conditionals).
  std::vector<CueMatch> scope;

  // Original byte range of a token range.
  uint32_t SourceBegin(uint32_t first_token) const { return norm.SourceBegin(tokens.tokens[first_token].begin); }
  uint32_t SourceEnd(uint32_t last_token) const { return norm.SourceEnd(tokens.tokens[last_token].end); }
};

// `original` must be valid UTF-8 and outlive `out`.
void DetectCues(const Lexicon& lexicon, std::string_view original, Analysis* out);

}  // namespace triage::cues

#endif  // TRIAGE_ENGINE_CUES_MATCHER_H_
