// triage eval: runs a labelled JSON Lines corpus through the engine and
// prints precision, recall and F1 per language, per set and per cue,
// language-identification accuracy, and the misses and false alarms.
//
// Corpus lines: {"text": "...", "language": "id", "dissatisfied": true,
// "set": "id_smsa_test", "cues": ["churn.cancel"]}; "set" and "cues" are
// optional. A text counts as dissatisfied when at least one live cue other
// than positive.* fires. With "cues", per-cue figures are against those
// labels; without, against "dissatisfied" (how often a cue fires on
// dissatisfied texts, and how many of those it finds).
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "engine/engine.h"
#include "tools/flags.h"

namespace triage::tools {
namespace {

namespace pb = google::protobuf;

struct Counts {
  int tp = 0, fp = 0, fn = 0, tn = 0;
  void Add(bool truth, bool predicted) {
    if (truth && predicted)
      ++tp;
    else if (!truth && predicted)
      ++fp;
    else if (truth && !predicted)
      ++fn;
    else
      ++tn;
  }
  double P() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
  double R() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
  double F1() const { return P() + R() > 0 ? 2 * P() * R() / (P() + R()) : 0; }
};

struct Example {
  std::string text, set, cues;
};

std::string JsonEscape(const std::string& s) {
  pb::Value v;
  v.set_string_value(s);
  std::string out;
  (void)pb::util::MessageToJsonString(v, &out);
  return out;
}

}  // namespace

int RunEval(int argc, char** argv) {
  Flags flags(argc, argv, {"lexicons", "rules", "show"}, {"json", "help"});
  if (!flags.error.empty() || flags.Has("help") || flags.positional.size() != 1) {
    std::cerr << (flags.error.empty() ? "" : flags.error + "\n")
              << "usage: triage eval [--json] [--show N] [--lexicons DIR] [--rules DIR] CORPUS.jsonl\n"
                 "  make corpora from ../shared/eval with tools/eval_corpus.py\n";
    return flags.Has("help") ? 0 : 2;
  }
  const int show = std::stoi(flags.Get("show", "5"));
  EngineOptions options;
  options.lexicon_dir = flags.Get("lexicons", BundledLexiconDir());
  options.rules_dir = flags.Get("rules", BundledRulesDir());
  auto engine = Engine::Create(options);
  if (!engine.ok()) {
    std::cerr << "triage eval: cannot load data: " << engine.status().message() << "\n";
    return 2;
  }
  std::ifstream in(flags.positional[0]);
  if (!in) {
    std::cerr << "triage eval: cannot open " << flags.positional[0] << "\n";
    return 2;
  }

  std::map<std::string, Counts> by_language, by_set;
  std::map<std::string, std::map<std::string, Counts>> by_cue;  // language -> cue -> counts
  std::map<std::string, std::pair<int, int>> langid;            // language -> (correct, total)
  std::map<std::string, std::map<std::string, int>> confusion;  // truth -> detected -> n
  std::map<std::string, std::vector<Example>> misses, false_alarms, language_errors;
  bool any_unlabelled = false;
  std::string line;
  int line_number = 0, bad = 0;
  size_t bytes = 0;
  double seconds = 0;
  while (std::getline(in, line)) {
    ++line_number;
    pb::Value root;
    if (!pb::util::JsonStringToMessage(line, &root).ok() || root.kind_case() != pb::Value::kStructValue) {
      std::cerr << "line " << line_number << ": not a JSON object\n";
      ++bad;
      continue;
    }
    const auto& f = root.struct_value().fields();
    auto str = [&](const char* k) { return f.count(k) ? f.at(k).string_value() : std::string(); };
    const std::string text = str("text"), language = str("language"), set = str("set");
    const bool truth = f.count("dissatisfied") && f.at("dissatisfied").bool_value();
    std::set<std::string> gold_cues;
    const bool has_cue_labels = f.count("cues") > 0;
    if (has_cue_labels) {
      for (const auto& v : f.at("cues").list_value().values()) gold_cues.insert(v.string_value());
    }
    v1::TriageTicketRequest request;
    request.set_text(text);
    const auto start = std::chrono::steady_clock::now();
    auto result = (*engine)->TriageTicket(request);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!result.ok()) {
      std::cerr << "line " << line_number << ": " << result.status().message() << "\n";
      ++bad;
      continue;
    }
    bytes += text.size();
    std::set<std::string> live;
    for (const auto& h : result->cues()) {
      if (h.suppression() == v1::SUPPRESSION_UNSPECIFIED) live.insert(h.cue());
    }
    bool predicted = false;
    std::string fired;
    for (const std::string& c : live) {
      if (c.rfind("positive.", 0) != 0) {
        predicted = true;
        fired += (fired.empty() ? "" : ",") + c;
      }
    }
    by_language[language].Add(truth, predicted);
    if (!set.empty()) by_set[set].Add(truth, predicted);
    if (has_cue_labels) {
      std::set<std::string> cue_ids = live;
      cue_ids.insert(gold_cues.begin(), gold_cues.end());
      for (const std::string& c : cue_ids) by_cue[language][c].Add(gold_cues.count(c) > 0, live.count(c) > 0);
    } else {
      // Against the dissatisfied label: misses are counted below, once the
      // number of dissatisfied texts per language is known.
      for (const std::string& c : live) by_cue[language][c].Add(truth, true);
      any_unlabelled = true;
    }
    if (result->language() != language) {
      language_errors[language].push_back({text, set, result->language()});
    }
    auto& [correct, total] = langid[language];
    ++total;
    correct += result->language() == language;
    ++confusion[language][result->language()];
    if (truth && !predicted) misses[language].push_back({text, set, ""});
    if (!truth && predicted) false_alarms[language].push_back({text, set, fired});
  }

  if (any_unlabelled) {
    for (auto& [l, cues] : by_cue) {
      const int positives = by_language[l].tp + by_language[l].fn;
      for (auto& [cue, c] : cues) c.fn = positives - c.tp;
    }
  }
  int correct_all = 0, total_all = 0;
  for (const auto& [l, ct] : langid) correct_all += ct.first, total_all += ct.second;

  if (flags.Has("json")) {
    std::ostringstream out;
    auto counts = [](const Counts& c) {
      char buf[200];
      std::snprintf(buf, sizeof buf,
                    "{\"tp\":%d,\"fp\":%d,\"fn\":%d,\"tn\":%d,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f}", c.tp,
                    c.fp, c.fn, c.tn, c.P(), c.R(), c.F1());
      return std::string(buf);
    };
    out << "{\"data_version\":\"" << (*engine)->data_version() << "\",\"texts\":" << total_all << ",\"errors\":" << bad
        << ",\"mb_per_s\":" << (seconds > 0 ? bytes / seconds / 1e6 : 0)
        << ",\"language_accuracy\":" << (total_all ? double(correct_all) / total_all : 0) << ",\"languages\":{";
    bool first = true;
    for (const auto& [l, c] : by_language) {
      out << (first ? "" : ",") << "\"" << l << "\":{\"dissatisfied\":" << counts(c)
          << ",\"language_accuracy\":" << double(langid[l].first) / langid[l].second << ",\"cues\":{";
      bool f2 = true;
      for (const auto& [cue, cc] : by_cue[l]) out << (f2 ? "" : ",") << "\"" << cue << "\":" << counts(cc), f2 = false;
      out << "}}";
      first = false;
    }
    out << "},\"sets\":{";
    first = true;
    for (const auto& [s, c] : by_set) out << (first ? "" : ",") << "\"" << s << "\":" << counts(c), first = false;
    out << "}}";
    std::cout << out.str() << "\n";
    return bad > 0 ? 1 : 0;
  }

  std::printf("data version %s, %d texts, %.1f MB/s in the engine\n\n", (*engine)->data_version().c_str(), total_all,
              seconds > 0 ? bytes / seconds / 1e6 : 0.0);
  std::printf("%-34s %6s %6s %6s %6s %7s %7s %7s\n", "dissatisfied", "texts", "tp", "fp", "fn", "P", "R", "F1");
  for (const auto& [l, c] : by_language) {
    std::printf("%-34s %6d %6d %6d %6d %7.3f %7.3f %7.3f\n", ("language " + l).c_str(), c.tp + c.fp + c.fn + c.tn, c.tp,
                c.fp, c.fn, c.P(), c.R(), c.F1());
  }
  for (const auto& [s, c] : by_set) {
    std::printf("%-34s %6d %6d %6d %6d %7.3f %7.3f %7.3f\n", ("set " + s).c_str(), c.tp + c.fp + c.fn + c.tn, c.tp,
                c.fp, c.fn, c.P(), c.R(), c.F1());
  }
  std::printf("\nlanguage identification: %.2f%% overall\n", total_all ? 100.0 * correct_all / total_all : 0);
  for (const auto& [l, ct] : langid) {
    std::printf("  %s %6.2f%% of %d:", l.c_str(), 100.0 * ct.first / ct.second, ct.second);
    for (const auto& [d, n] : confusion[l]) std::printf(" %s=%d", d.c_str(), n);
    std::printf("\n");
  }
  std::printf("\nper cue (against %s)\n", "the cue labels where given, else the dissatisfied label");
  for (const auto& [l, cues] : by_cue) {
    for (const auto& [cue, c] : cues) {
      std::printf("  %s %-26s fired %5d  P %.3f  R %.3f  F1 %.3f\n", l.c_str(), cue.c_str(), c.tp + c.fp, c.P(), c.R(),
                  c.F1());
    }
  }
  for (const auto& [l, list] : misses) {
    std::printf("\nmisses (%s, %zu):\n", l.c_str(), list.size());
    for (int i = 0; i < show && i < static_cast<int>(list.size()); ++i) {
      std::printf("  [%s] %s\n", list[i].set.c_str(), JsonEscape(list[i].text).c_str());
    }
  }
  for (const auto& [l, list] : language_errors) {
    std::printf("\nlanguage errors (%s, %zu):\n", l.c_str(), list.size());
    for (int i = 0; i < show && i < static_cast<int>(list.size()); ++i) {
      std::printf("  [%s] ->%s %s\n", list[i].set.c_str(), list[i].cues.c_str(), JsonEscape(list[i].text).c_str());
    }
  }
  for (const auto& [l, list] : false_alarms) {
    std::printf("\nfalse alarms (%s, %zu):\n", l.c_str(), list.size());
    for (int i = 0; i < show && i < static_cast<int>(list.size()); ++i) {
      std::printf("  [%s] {%s} %s\n", list[i].set.c_str(), list[i].cues.c_str(), JsonEscape(list[i].text).c_str());
    }
  }
  return bad > 0 ? 1 : 0;
}

}  // namespace triage::tools
