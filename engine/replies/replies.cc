#include "engine/replies/replies.h"

#include <unicode/msgfmt.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <atomic>
#include <iterator>
#include <set>
#include <unordered_map>

#include "engine/data_files.h"
#include "engine/text/utf8.h"
#include "engine/util/strings.h"

namespace triage::replies {
namespace {

absl::Status CheckPattern(std::string_view pattern, std::string_view language) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  icu::MessageFormat format(icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), pattern.size())),
                            icu::Locale(std::string(language).c_str()), parse_error, status);
  if (U_FAILURE(status)) {
    return absl::InvalidArgumentError(
        StrCat("invalid ICU MessageFormat at offset ", parse_error.offset, " (", u_errorName(status), ")"));
  }
  return absl::OkStatus();
}

bool IsLtrChar(char32_t c) {
  return (c < 0x80 && (std::isalnum(static_cast<int>(c)) || c == '@' || c == '_')) || (c >= 0xC0 && c < 0x250);
}

}  // namespace

absl::StatusOr<std::unique_ptr<const ReplyBook>> ReplyBook::Compile(const std::vector<ReplyFile>& files,
                                                                    const std::vector<ReplyFile>& options) {
  std::unique_ptr<ReplyBook> book(new ReplyBook());
  static std::atomic<uint64_t> generations{0};
  book->generation_ = ++generations;
  const std::map<std::string, decisions::Condition> no_defines;
  for (const ReplyFile& file : files) {
    std::vector<Script>& scripts = book->by_language_[file.language];
    absl::Status parsed = ForEachDataLine(file.path, file.content, [&](const DataLine& line) {
      std::vector<std::string_view> cols = Split(line.text, '\t');
      if (cols.size() != 3) return line.Error("a reply script is: id TAB condition TAB template");
      auto cond = decisions::Condition::Parse(Trim(cols[1]), no_defines);
      if (!cond.ok()) return line.Error(std::string(cond.status().message()));
      if (absl::Status s = CheckPattern(cols[2], file.language); !s.ok()) return line.Error(std::string(s.message()));
      scripts.push_back({std::string(Trim(cols[0])), *std::move(cond), std::string(cols[2])});
      return absl::OkStatus();
    });
    if (!parsed.ok()) return parsed;
    if (scripts.empty()) {
      return absl::InvalidArgumentError(StrCat(file.path, ": no reply scripts"));
    }
    decisions::Facts none;
    if (!scripts.back().when.Eval(none)) {
      return absl::InvalidArgumentError(StrCat(file.path, ": the last script must have the condition 'always'"));
    }
  }
  static const std::set<std::string> kTopics = {"connectivity", "delivery", "billing", "product",
                                                "account",      "policy",   "other"};
  for (const ReplyFile& file : options) {
    auto& topics = book->options_[file.language];
    absl::Status parsed = ForEachDataLine(file.path, file.content, [&](const DataLine& line) {
      std::vector<std::string_view> cols = Split(line.text, '\t');
      if (cols.size() != 3 || Trim(cols[2]).empty()) return line.Error("an option is: id TAB topic TAB text");
      const std::string topic(Trim(cols[1]));
      if (!kTopics.count(topic)) return line.Error(StrCat("unknown topic '", topic, "'"));
      topics[topic].emplace_back(Trim(cols[2]));
      return absl::OkStatus();
    });
    if (!parsed.ok()) return parsed;
    if (!topics.count("other")) return absl::InvalidArgumentError(StrCat(file.path, ": no options for 'other'"));
    for (const auto& [topic, list] : topics) {
      if (list.size() < 3) {
        return absl::InvalidArgumentError(StrCat(file.path, ": topic '", topic, "' needs at least three options"));
      }
    }
  }
  for (const auto& [language, scripts] : book->by_language_) {
    if (!book->options_.count(language)) {
      return absl::InvalidArgumentError(StrCat("rules/replies: no option catalogue ", language, ".options"));
    }
  }
  if (!book->by_language_.count("en"))
    return absl::InvalidArgumentError("rules/replies: no English scripts (en.replies)");
  return std::unique_ptr<const ReplyBook>(std::move(book));
}

absl::StatusOr<Reply> ReplyBook::Render(std::string_view language, const decisions::Facts& facts,
                                        const ReplyArgs& args) const {
  auto it = by_language_.find(std::string(language));
  if (it == by_language_.end()) it = by_language_.find("en");
  const std::string& lang = it->first;
  for (const Script& script : it->second) {
    if (!script.when.Eval(facts)) continue;
    UErrorCode status = U_ZERO_ERROR;
    // Parsing a pattern costs more than formatting it, and ICU formats are
    // not to be shared across threads: each thread keeps its own, per book.
    thread_local std::unordered_map<const Script*, std::pair<uint64_t, std::unique_ptr<icu::MessageFormat>>> cache;
    auto& slot = cache[&script];
    if (slot.first != generation_ || !slot.second) {
      UParseError parse_error;
      slot.second = std::make_unique<icu::MessageFormat>(icu::UnicodeString::fromUTF8(script.pattern),
                                                         icu::Locale(lang.c_str()), parse_error, status);
      slot.first = generation_;
      if (U_FAILURE(status)) {
        slot.second.reset();
        return absl::InternalError(StrCat("reply script ", script.id, ": ", u_errorName(status)));
      }
    }
    icu::MessageFormat& format = *slot.second;
    // Options for the topic, else the general ones: always three.
    const auto& topics = options_.at(lang);
    auto topic = topics.find(args.topic);
    const std::vector<std::string>& options = topic != topics.end() ? topic->second : topics.at("other");
    auto u = [](const std::string& s) { return icu::Formattable(icu::UnicodeString::fromUTF8(s)); };
    const icu::UnicodeString names[] = {"tenure_years", "tenure_months", "sla_minutes", "sla_hours",
                                        "handle",       "option1",       "option2",     "option3",
                                        "channel",      "topic",         "sla_in",      "referrals"};
    const icu::Formattable values[] = {icu::Formattable(static_cast<int32_t>(args.tenure_years)),
                                       icu::Formattable(static_cast<int32_t>(args.tenure_months)),
                                       icu::Formattable(static_cast<int32_t>(args.sla_minutes)),
                                       icu::Formattable(static_cast<int32_t>((args.sla_minutes + 59) / 60)),
                                       u(args.handle),
                                       u(options[0]),
                                       u(options[1]),
                                       u(options[2]),
                                       u(args.channel.empty() ? "unspecified" : args.channel),
                                       u(args.topic.empty() ? "other" : args.topic),
                                       u(args.sla_minutes < 60 ? "minutes" : "hours"),
                                       u(args.referrals ? "yes" : "no")};
    static_assert(std::size(names) == std::size(values), "every argument needs a name");
    icu::UnicodeString out;
    format.format(names, values, static_cast<int32_t>(std::size(values)), out, status);
    if (U_FAILURE(status)) {
      return absl::InternalError(StrCat("reply script ", script.id, ": ", u_errorName(status)));
    }
    Reply reply;
    out.toUTF8String(reply.text);
    reply.language = lang;
    reply.rtl = lang == "he";
    reply.script_id = script.id;
    if (reply.rtl) reply.text = IsolateLtrRuns(reply.text);
    return reply;
  }
  return absl::InternalError(StrCat("no reply script matched for language ", lang));
}

std::string IsolateLtrRuns(std::string_view text) {
  std::string out;
  size_t pos = 0;
  bool in_run = false;
  size_t run_end_out = 0;  // out size after the last LTR char of the run
  while (pos < text.size()) {
    size_t at = pos;
    char32_t c = text::DecodeUtf8(text, &pos);
    const bool ltr = IsLtrChar(c);
    // Spaces, dots and commas between LTR characters stay inside the run.
    const bool joiner = c == ' ' || c == '.' || c == ',' || c == '-' || c == ':';
    if (ltr) {
      if (!in_run) {
        out += "\u2066";
        in_run = true;
      }
      out.append(text.substr(at, pos - at));
      run_end_out = out.size();
    } else if (in_run && joiner) {
      out.append(text.substr(at, pos - at));
    } else {
      if (in_run) {
        std::string tail = out.substr(run_end_out);
        out.resize(run_end_out);
        out += "\u2069";
        out += tail;
        in_run = false;
      }
      out.append(text.substr(at, pos - at));
    }
  }
  if (in_run) {
    std::string tail = out.substr(run_end_out);
    out.resize(run_end_out);
    out += "\u2069";
    out += tail;
  }
  return out;
}

}  // namespace triage::replies
