// Helpers shared by the engine's unit tests.
#ifndef TRIAGE_TESTS_UNIT_TEST_UTIL_H_
#define TRIAGE_TESTS_UNIT_TEST_UTIL_H_

#include <memory>
#include <string>
#include <vector>

#include "engine/cues/lexicon.h"
#include "engine/cues/matcher.h"
#include "engine/data_files.h"
#include "engine/engine.h"

namespace triage::testing {

// Compiles a lexicon from inline text: {language, content} pairs.
inline std::unique_ptr<const cues::Lexicon> CompileOrDie(
    const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<cues::LexiconFile> input;
  for (const auto& [lang, content] : files) input.push_back({lang + "/test.lex", lang, content});
  auto lex = cues::Lexicon::Compile(input);
  if (!lex.ok()) throw std::runtime_error(std::string(lex.status().message()));
  return *std::move(lex);
}

// The bundled lexicons of this source tree, compiled once.
inline const cues::Lexicon& BundledLexicon() {
  static const cues::Lexicon* lex = [] {
    auto files = ReadDataFiles(BundledLexiconDir(), ".lex");
    if (!files.ok()) throw std::runtime_error(std::string(files.status().message()));
    std::vector<cues::LexiconFile> input;
    for (const DataFile& f : *files) input.push_back({f.path, f.relative.substr(0, 2), f.content});
    auto compiled = cues::Lexicon::Compile(input);
    if (!compiled.ok()) throw std::runtime_error(std::string(compiled.status().message()));
    return compiled->release();
  }();
  return *lex;
}

// The engine over the bundled data, created once.
inline const Engine& BundledEngine() {
  static const Engine* engine = [] {
    EngineOptions options;
    options.lexicon_dir = BundledLexiconDir();
    options.rules_dir = BundledRulesDir();
    auto e = Engine::Create(options);
    if (!e.ok()) throw std::runtime_error(std::string(e.status().message()));
    return e->release();
  }();
  return *engine;
}

struct Hit {
  std::string cue;
  std::string text;  // the original text of the span
  bool live;
  v1::Suppression suppression;
  bool conditional;
};

inline std::vector<Hit> Hits(const cues::Lexicon& lex, const std::string& text) {
  cues::Analysis a;
  cues::DetectCues(lex, text, &a);
  std::vector<Hit> hits;
  for (const cues::CueMatch& m : a.cues) {
    const uint32_t b = a.SourceBegin(m.first_token), e = a.SourceEnd(m.last_token);
    hits.push_back({lex.entries()[m.entry].cue, text.substr(b, e - b), m.live(), m.suppression, m.conditional});
  }
  return hits;
}

}  // namespace triage::testing

#endif  // TRIAGE_TESTS_UNIT_TEST_UTIL_H_
