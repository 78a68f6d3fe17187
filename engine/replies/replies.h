// Reply scripts: per language, an ordered list of (condition, ICU
// MessageFormat template) from rules/replies/<lang>.replies. The first
// script whose condition holds writes the suggested reply, so plurals and
// number forms come out right in each language ("1 year" / "6 years",
// "שנה אחת" / "6 שנים").
//
// Hebrew replies are marked right-to-left, and Latin or numeric runs inside
// them (names, @handles, figures) are wrapped in Unicode isolates.
// A ReplyBook is immutable and thread-safe.
#ifndef TRIAGE_ENGINE_REPLIES_REPLIES_H_
#define TRIAGE_ENGINE_REPLIES_REPLIES_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/decisions/condition.h"

namespace triage::replies {

struct ReplyArgs {
  int tenure_years = 0;
  int tenure_months = 0;
  int sla_minutes = 0;
  std::string handle;      // the customer's channel handle, if any
  std::string topic;       // picks the options ("delivery"); "other" when unknown
  std::string channel;     // "social_public", ... for {channel, select, ...}
  bool referrals = false;  // the customer says they referred others
};

struct Reply {
  std::string text;
  std::string language;
  bool rtl = false;
  std::string script_id;
};

struct ReplyFile {
  std::string path;
  std::string language;
  std::string content;
};

// The option catalogue of one language: rules/replies/<lang>.options, lines
// `option id TAB topic TAB text`; every topic needs three options, and
// "other" must be there.

class ReplyBook {
 public:
  static absl::StatusOr<std::unique_ptr<const ReplyBook>> Compile(const std::vector<ReplyFile>& scripts,
                                                                  const std::vector<ReplyFile>& options);

  // The reply for `facts` in `language` (English when there are no scripts
  // for it). Fails only if no script matches, which Compile prevents by
  // requiring an `always` script last in each file.
  absl::StatusOr<Reply> Render(std::string_view language, const decisions::Facts& facts, const ReplyArgs& args) const;

  ReplyBook(const ReplyBook&) = delete;
  ReplyBook& operator=(const ReplyBook&) = delete;

 private:
  ReplyBook() = default;
  struct Script {
    std::string id;
    decisions::Condition when;
    std::string pattern;  // ICU MessageFormat
  };
  std::map<std::string, std::vector<Script>> by_language_;
  // language -> topic -> options, in file order
  std::map<std::string, std::map<std::string, std::vector<std::string>>> options_;
  uint64_t generation_ = 0;  // distinguishes books in per-thread format caches
};

// Wraps runs of Latin letters and digits in a right-to-left text with
// U+2066 (LRI) ... U+2069 (PDI), so "@acme" and "6" keep their order.
std::string IsolateLtrRuns(std::string_view rtl_text);

}  // namespace triage::replies

#endif  // TRIAGE_ENGINE_REPLIES_REPLIES_H_
