// Finds the parts of a message that are not the customer speaking now:
// quoted email history ("> ..." lines, everything after "On ... wrote:" or
// "-----Original Message-----") and the signature or disclaimer block
// (after a "-- " line, "Sent from my ...", or a confidentiality notice).
// Cues found there are reported as suppressed, never as live.
//
// Line-based and conservative on purpose: a wrongly quoted line hides a live
// cue, so only unambiguous email conventions are used. Thread-safe.
#ifndef TRIAGE_ENGINE_TEXT_REGIONS_H_
#define TRIAGE_ENGINE_TEXT_REGIONS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace triage::text {

struct Region {
  enum Kind { kQuoted, kSignature };
  Kind kind;
  uint32_t begin;  // byte offsets in the original text
  uint32_t end;
};

std::vector<Region> FindRegions(std::string_view original);

// The region that contains byte `offset`, or nullptr.
const Region* RegionAt(const std::vector<Region>& regions, uint32_t offset);

}  // namespace triage::text

#endif  // TRIAGE_ENGINE_TEXT_REGIONS_H_
